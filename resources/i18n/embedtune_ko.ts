<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Fine-tune sentence-embedding models on your own spreadsheets, watch them train, and see in the playground how similar they find your sentences — in any language.</source>
        <translation>자신의 스프레드시트로 문장 임베딩 모델을 미세 조정하고, 학습 과정을 지켜보고, 모델이 문장들을 얼마나 비슷하게 보는지 플레이그라운드에서 확인하세요. 어떤 언어든 가능합니다.</translation>
    </message>
    <message>
        <source>{app} is free software under the Apache License 2.0.</source>
        <translation>{app}은(는) Apache License 2.0에 따른 자유 소프트웨어입니다.</translation>
    </message>
    <message>
        <source>The list of third-party components ({path}) is missing from this installation.</source>
        <translation>이 설치본에 서드파티 구성 요소 목록({path})이 없습니다.</translation>
    </message>
    <message>
        <source>App data</source>
        <translation>앱 데이터</translation>
    </message>
    <message>
        <source>Downloaded models</source>
        <translation>다운로드한 모델</translation>
    </message>
    <message>
        <source>Trained models</source>
        <translation>학습한 모델</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>로그</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app} 정보</translation>
    </message>
    <message>
        <source>About</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation>서드파티 라이선스</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{app}&lt;/h2&gt;&lt;p&gt;Version {version}&lt;/p&gt;</source>
        <translation>&lt;h2&gt;{app}&lt;/h2&gt;&lt;p&gt;버전 {version}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Open {folder} in the file manager</source>
        <translation>파일 관리자에서 {folder} 열기</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Your data stays in these folders on this computer; uninstalling the app keeps them unless you choose to remove them.</source>
        <translation>데이터는 이 컴퓨터의 아래 폴더에 보관됩니다. 앱을 제거해도 직접 삭제하지 않는 한 그대로 남습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where your data is kept&lt;/b&gt;</source>
        <translation>&lt;b&gt;데이터 보관 위치&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>The computer ran out of memory.</source>
        <translation>컴퓨터의 메모리가 부족합니다.</translation>
    </message>
    <message>
        <source>Close other programs, or try fewer or shorter texts.</source>
        <translation>다른 프로그램을 닫거나, 텍스트 수를 줄이거나 더 짧은 텍스트로 다시 시도하세요.</translation>
    </message>
    <message>
        <source>A file could not be read or written ({path}): {reason}.</source>
        <translation>파일을 읽거나 쓸 수 없습니다({path}): {reason}.</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}.</source>
        <translation>파일을 읽거나 쓸 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>Check that the file or folder exists and that you may use it.</source>
        <translation>파일이나 폴더가 있는지, 사용 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>예기치 않은 문제가 발생했습니다.</translation>
    </message>
    <message>
        <source>Your work is kept; you can try again.</source>
        <translation>작업 내용은 그대로 남아 있으니 다시 시도할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Sentences, one per line (or paste a spreadsheet column):</source>
        <translation>문장(한 줄에 하나씩, 또는 스프레드시트 열을 붙여넣기):</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>예시:</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>문장</translation>
    </message>
    <message>
        <source>Type or paste sentences here, one per line.</source>
        <translation>여기에 문장을 한 줄에 하나씩 입력하거나 붙여넣으세요.</translation>
    </message>
    <message>
        <source>Compare against a second list (questions down, answers across)</source>
        <translation>두 번째 목록과 비교(세로는 질문, 가로는 답변)</translation>
    </message>
    <message>
        <source>Compare against</source>
        <translation>비교 대상</translation>
    </message>
    <message>
        <source>Sentences to compare against, one per line.</source>
        <translation>비교할 문장을 한 줄에 하나씩 입력하세요.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Second model</source>
        <translation>두 번째 모델</translation>
    </message>
    <message>
        <source>Pairs that changed most:</source>
        <translation>가장 많이 달라진 쌍:</translation>
    </message>
    <message>
        <source>Pairs that changed most</source>
        <translation>가장 많이 달라진 쌍</translation>
    </message>
    <message>
        <source>Click a cell to see its two sentences and their score.</source>
        <translation>칸을 클릭하면 해당 두 문장과 점수를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>내보내기:</translation>
    </message>
    <message>
        <source>First model</source>
        <translation>첫 번째 모델</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <source>Matrix to export</source>
        <translation>내보낼 행렬</translation>
    </message>
    <message>
        <source>Save the heatmap as a picture</source>
        <translation>히트맵을 이미지로 저장</translation>
    </message>
    <message>
        <source>Save the numbers for a spreadsheet</source>
        <translation>스프레드시트용으로 숫자 저장</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Worth knowing</source>
        <translation>알아 두면 좋은 점</translation>
    </message>
    <message>
        <source>{note} Measured with its vocabulary: {verdicts}</source>
        <translatorcomment>Unclear what {note}/{verdicts} contain; guessed &apos;result measured with this model&apos;s vocabulary&apos;.</translatorcomment>
        <translation type="unfinished">{note} 이 모델의 어휘로 측정한 결과: {verdicts}</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>문제가 있는 행</translation>
    </message>
    <message>
        <source>Rows with problems; choose one to see the row</source>
        <translation>문제가 있는 행 — 하나를 선택하면 해당 행이 표시됩니다</translation>
    </message>
    <message>
        <source>Click to show this row in the table</source>
        <translation>클릭하면 표에서 이 행을 보여 줍니다</translation>
    </message>
    <message>
        <source>Text 1</source>
        <extracomment>Role slots: (key, label, help) in the order the drop-downs appear (texts marked for context &quot;DataPage&quot;, translated where shown).</extracomment>
        <translation>텍스트 1</translation>
    </message>
    <message>
        <source>The first text of each row, e.g. a question or a sentence.</source>
        <translation>각 행의 첫 번째 텍스트입니다(예: 질문 또는 문장).</translation>
    </message>
    <message>
        <source>Text 2</source>
        <translation>텍스트 2</translation>
    </message>
    <message>
        <source>The text that goes with it, e.g. the answer or a similar sentence.</source>
        <translation>짝이 되는 텍스트입니다(예: 답변 또는 비슷한 문장).</translation>
    </message>
    <message>
        <source>Text 3 (optional)</source>
        <translation>텍스트 3(선택 사항)</translation>
    </message>
    <message>
        <source>A text that does NOT match Text 1 (a “negative”). Leave empty if you have none.</source>
        <translation>텍스트 1과 맞지 않는 텍스트(“오답 예시”)입니다. 없으면 비워 두세요.</translation>
    </message>
    <message>
        <source>Score or label (optional)</source>
        <translation>점수 또는 레이블(선택 사항)</translation>
    </message>
    <message>
        <source>How similar the two texts are (a score), or a 0/1 or class label.</source>
        <translation>두 텍스트가 얼마나 비슷한지(점수), 또는 0/1이나 분류 레이블입니다.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>What the data are</source>
        <translation>데이터의 종류</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>각 열의 역할</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Which value means “similar”?</source>
        <translation>어떤 값이 “비슷함”을 뜻합니까?</translation>
    </message>
    <message>
        <source>Your label column holds two values. Some data sets use 1 for “similar”, others use 0 (“no difference”). Look at the examples and pick the value whose rows mean the same thing.</source>
        <translation>레이블 열에 값이 두 가지 있습니다. 어떤 데이터 세트는 “비슷함”을 1로, 어떤 데이터 세트는 0(“차이 없음”)으로 표시합니다. 예시를 보고 같은 뜻의 행을 나타내는 값을 고르세요.</translation>
    </message>
    <message>
        <source>Checking the result</source>
        <translation>결과 확인</translation>
    </message>
    <message>
        <source>Some rows are kept aside and not learned from; after training the app measures on them how much the model improved.</source>
        <translation>일부 행은 학습에 쓰지 않고 따로 둡니다. 학습이 끝나면 앱이 이 행으로 모델이 얼마나 좋아졌는지 측정합니다.</translation>
    </message>
    <message>
        <source>&amp;Keep aside:</source>
        <translation>따로 둘 비율(&amp;K):</translation>
    </message>
    <message>
        <source>Share of rows kept aside for checking, in percent</source>
        <translation>확인용으로 따로 둘 행의 비율(퍼센트)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Use a &amp;separate file…</source>
        <translation>별도 파일 사용(&amp;S)…</translation>
    </message>
    <message>
        <source>Check the result on another file with the same columns instead of kept-aside rows (or drop that file on this box).</source>
        <translation>따로 둔 행 대신, 같은 열을 가진 다른 파일로 결과를 확인합니다(또는 그 파일을 이 상자에 끌어다 놓으세요).</translation>
    </message>
    <message>
        <source>Don&apos;t use it</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <source>Open a file to check the result on</source>
        <translation>결과를 확인할 파일 열기</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} 읽는 중…</translation>
    </message>
    <message>
        <source>{name}: {rows:,} rows.</source>
        <translation>{name}: {rows:,}개 행</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Spreadsheets and data files</source>
        <extracomment>The data files the file dialogs offer (the patterns are not translated). What the file dialogs offer, in English (see :func:`file_filter` for the shown one).</extracomment>
        <translation>스프레드시트 및 데이터 파일</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>모든 파일</translation>
    </message>
    <message>
        <source>Drop your spreadsheet here</source>
        <translation>여기에 스프레드시트를 끌어다 놓으세요</translation>
    </message>
    <message>
        <source>CSV, TSV, Excel (.xlsx), OpenDocument (.ods) or JSON. Each row should hold texts that belong together, such as a question and its answer.</source>
        <translation>CSV, TSV, Excel(.xlsx), OpenDocument(.ods) 또는 JSON 파일. 각 행에는 질문과 그 답변처럼 서로 짝이 되는 텍스트가 있어야 합니다.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>내 데이터</translation>
    </message>
    <message>
        <source>Give the app the spreadsheet it should learn from. It reads the file, guesses what each column holds and checks every row; change any guess on the right.</source>
        <translation>앱이 학습할 스프레드시트를 넣어 주세요. 앱이 파일을 읽고, 각 열에 무엇이 들어 있는지 추측하고, 모든 행을 검사합니다. 추측이 틀리면 오른쪽에서 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Open your data</source>
        <translation>데이터 열기</translation>
    </message>
    <message>
        <source>{name}  ·  {rows:,} rows</source>
        <translation>{name}  ·  {rows:,}개 행</translation>
    </message>
    <message>
        <source>Drop another file here to replace it, or browse for one.</source>
        <translation>다른 파일을 여기에 끌어다 놓아 바꾸거나, 찾아보기로 선택하세요.</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8(BOM 포함)</translation>
    </message>
    <message>
        <source>UTF-16 (Excel “Unicode text”)</source>
        <translation>UTF-16(Excel “유니코드 텍스트”)</translation>
    </message>
    <message>
        <source>Windows-1251 (Russian)</source>
        <translation>Windows-1251(러시아어)</translation>
    </message>
    <message>
        <source>CP949 (Korean, Windows)</source>
        <translation>CP949(한국어, Windows)</translation>
    </message>
    <message>
        <source>EUC-KR (Korean)</source>
        <translation>EUC-KR(한국어)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252(서유럽어)</translation>
    </message>
    <message>
        <source>Comma  ,</source>
        <extracomment>Delimiters offered for text files (marked for context &quot;DataPage&quot;).</extracomment>
        <translation>쉼표  ,</translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation>세미콜론  ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>Pipe  |</source>
        <translation>세로 막대  |</translation>
    </message>
    <message>
        <source>How the file was read</source>
        <translation>파일을 읽은 방식</translation>
    </message>
    <message>
        <source>Kind of file:</source>
        <translation>파일 종류:</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>텍스트 인코딩</translation>
    </message>
    <message>
        <source>How letters are stored in the file. Change it if the text looks garbled.</source>
        <translation>파일에 글자가 저장된 방식입니다. 글자가 깨져 보이면 바꾸세요.</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>텍스트 인코딩:</translation>
    </message>
    <message>
        <source>Delimiter between columns</source>
        <translation>열 구분 기호</translation>
    </message>
    <message>
        <source>The character between the columns of a row.</source>
        <translation>한 행에서 열과 열 사이에 있는 문자입니다.</translation>
    </message>
    <message>
        <source>Columns separated by:</source>
        <translation>열 구분 기호:</translation>
    </message>
    <message>
        <source>Sheet of the workbook</source>
        <translation>통합 문서의 시트</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>시트:</translation>
    </message>
    <message>
        <source>The first row holds column names</source>
        <translation>첫 행이 열 이름임</translation>
    </message>
    <message>
        <source>Rows of the data file</source>
        <translation>데이터 파일의 행</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Something needs your attention</source>
        <translation>확인이 필요한 사항이 있습니다</translation>
    </message>
    <message>
        <source>{app}: unexpected error</source>
        <translation>{app}: 예기치 않은 오류</translation>
    </message>
    <message>
        <source>&lt;b&gt;Something went wrong inside the app.&lt;/b&gt;</source>
        <translation>&lt;b&gt;앱 내부에서 문제가 발생했습니다.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your work is still here and you can go on. If it happens again, please copy the details below into a bug report.</source>
        <translation>작업 내용은 그대로 있으니 계속 진행할 수 있습니다. 같은 문제가 다시 생기면 아래 세부 정보를 복사해 버그 보고서에 붙여 주세요.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>오류 세부 정보</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>세부 정보 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Allow this model&apos;s own code?</source>
        <translation>이 모델의 자체 코드를 허용하시겠습니까?</translation>
    </message>
    <message>
        <source>&lt;b&gt;The model “{model}” comes with its own program code.&lt;/b&gt;&lt;br&gt;&lt;br&gt;It comes from {source}.&lt;br&gt;&lt;br&gt;To use it, the app would run that code on this computer, with your rights: it could read, change or delete your files, or send them elsewhere. Allow it only if you trust whoever made this model.&lt;br&gt;&lt;br&gt;Your choice holds until you close the app or pick another model; it is never saved in a project.</source>
        <translation>&lt;b&gt;“{model}” 모델에는 자체 프로그램 코드가 포함되어 있습니다.&lt;/b&gt;&lt;br&gt;&lt;br&gt;출처: {source}&lt;br&gt;&lt;br&gt;이 모델을 사용하려면 앱이 이 컴퓨터에서 사용자의 권한으로 그 코드를 실행해야 합니다. 이 코드는 파일을 읽고, 바꾸고, 삭제하거나 다른 곳으로 보낼 수 있습니다. 모델을 만든 사람을 신뢰할 때만 허용하세요.&lt;br&gt;&lt;br&gt;이 선택은 앱을 닫거나 다른 모델을 고를 때까지 유지되며, 프로젝트에는 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Allow its code</source>
        <translation>코드 허용(&amp;A)</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>찾아보기(&amp;W)…</translation>
    </message>
    <message>
        <source>Browse for a file</source>
        <translation>파일 찾아보기</translation>
    </message>
    <message>
        <source>Drop zone: drop a spreadsheet file here</source>
        <translation>끌어다 놓기 영역: 여기에 스프레드시트 파일을 놓으세요</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>This format needs the export add-on, which this installation of the app does not include. Ask whoever installed the app to add it.</source>
        <extracomment>What the dialog says when a format&apos;s add-on is missing (no commands in the GUI); show it with ``translate(&quot;ExportDialog&quot;, ADD_ON_MISSING)``.</extracomment>
        <translation>이 형식에는 내보내기 추가 기능이 필요한데, 이 앱 설치본에는 포함되어 있지 않습니다. 앱을 설치한 사람에게 추가해 달라고 요청하세요.</translation>
    </message>
    <message>
        <source>Checked on {checked} texts ({source}): the vectors match the original model&apos;s at {mean:.1%} on average (lowest {lowest:.1%}; 100% = identical).</source>
        <translation>텍스트 {checked}개({source})로 확인한 결과, 벡터가 원래 모델과 평균 {mean:.1%} 일치합니다(최저 {lowest:.1%}, 100% = 완전히 같음).</translation>
    </message>
    <message>
        <source>On this computer&apos;s processor it encoded {timed} texts {speedup:.1f} times as fast as the original ({exported:.2f} s instead of {original:.2f} s).</source>
        <translation>이 컴퓨터의 프로세서에서 텍스트 {timed}개를 원래 모델보다 {speedup:.1f}배 빠르게 인코딩했습니다({original:.2f}초 대신 {exported:.2f}초).</translation>
    </message>
    <message>
        <source>On this computer&apos;s processor it was not faster than the original ({exported:.2f} s instead of {original:.2f} s).</source>
        <translation>이 컴퓨터의 프로세서에서는 원래 모델보다 빠르지 않았습니다({original:.2f}초 대신 {exported:.2f}초).</translation>
    </message>
    <message>
        <source>Size: {megabytes:.0f} MB.</source>
        <translation>크기: {megabytes:.0f} MB</translation>
    </message>
    <message>
        <source>Export for other programs</source>
        <translation>다른 프로그램용으로 내보내기</translation>
    </message>
    <message>
        <source>Save a copy of the model that other programs can run quickly, without this app and without PyTorch. The original model stays as it is.</source>
        <translation>이 앱이나 PyTorch 없이도 다른 프로그램에서 빠르게 실행할 수 있는 모델 사본을 저장합니다. 원래 모델은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>저장 위치:</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>내보내기 폴더</translation>
    </message>
    <message>
        <source>Replace an earlier export in this folder</source>
        <translation>이 폴더에 있는 이전 내보내기 결과 바꾸기</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Folder for the export</source>
        <translation>내보낼 폴더</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <source>Exported to {folder}.</source>
        <translation>{folder}(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>취소했습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Choose another folder, or tick “Replace an earlier export”.</source>
        <translation>다른 폴더를 선택하거나 “이전 내보내기 결과 바꾸기”를 선택하세요.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>내보내기에 실패했습니다.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>중지하는 중…</translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message>
        <source>Type sentences to see how similar the model finds them.</source>
        <extracomment>matplotlib&apos;s RdBu_r at 0, 0.1, …, 1.</extracomment>
        <translation>문장을 입력하면 모델이 문장들을 얼마나 비슷하게 보는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변화</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>유사도</translation>
    </message>
    <message>
        <source>{row}
↔
{column}

{what}: {value}</source>
        <translatorcomment>Tooltip; source has no words, but the checker requires Korean letters, so I added 값 (&apos;value&apos;) after {what} (유사도/변화). Could be plain &apos;{what}: {value}&apos; if the checker allowed it.</translatorcomment>
        <translation type="unfinished">{row}
↔
{column}

{what} 값: {value}</translation>
    </message>
</context>
<context>
    <name>LossPage</name>
    <message>
        <source>Recommended for your data</source>
        <extracomment>Vector size assumed for the Matryoshka choices until a model is chosen.</extracomment>
        <translation>내 데이터에 추천</translation>
    </message>
    <message>
        <source>&lt;i&gt;When to pick it:&lt;/i&gt; {when}</source>
        <translation>&lt;i&gt;이럴 때 선택하세요:&lt;/i&gt; {when}</translation>
    </message>
    <message>
        <source>Not available: {reason}</source>
        <translation>사용할 수 없음: {reason}</translation>
    </message>
    <message>
        <source>Also learn from answers that look right but are wrong</source>
        <translation>맞아 보이지만 틀린 답변(하드 네거티브)으로도 학습</translation>
    </message>
    <message>
        <source>Wrong answers per question:</source>
        <translation>질문당 오답 수:</translation>
    </message>
    <message>
        <source>Wrong answers per question</source>
        <translation>질문당 오답 수</translation>
    </message>
    <message>
        <source>Show examples</source>
        <translation>예시 보기</translation>
    </message>
    <message>
        <source>Look for wrong answers in up to {rows} of your rows now, without training.</source>
        <translation>학습하지 않고 지금 바로 최대 {rows}개 행에서 오답을 찾아봅니다.</translation>
    </message>
    <message>
        <source>On a sample of your rows: {found} Look at the examples: is any answer taught as wrong in fact right?</source>
        <translatorcomment>{found} is a sentence inserted by the program; assumed it ends with a full stop.</translatorcomment>
        <translation type="unfinished">일부 행으로 확인한 결과: {found} 예시를 살펴보세요. 오답으로 가르치는 답변 중 실제로는 맞는 답변이 있습니까?</translation>
    </message>
    <message>
        <source>&lt;i&gt;No wrong answer was safe enough to use.&lt;/i&gt;</source>
        <translation>&lt;i&gt;안심하고 쓸 만한 오답을 찾지 못했습니다.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Question:&lt;/b&gt; {question}&lt;br&gt;&lt;b&gt;Right answer:&lt;/b&gt; {answer} &lt;span style=&apos;color:#555&apos;&gt;(similarity {answer_score:.2f})&lt;/span&gt;&lt;br&gt;&lt;b&gt;Taught as wrong:&lt;/b&gt; {wrong} &lt;span style=&apos;color:#555&apos;&gt;(similarity {wrong_score:.2f})&lt;/span&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;질문:&lt;/b&gt; {question}&lt;br&gt;&lt;b&gt;정답:&lt;/b&gt; {answer} &lt;span style=&apos;color:#555&apos;&gt;(유사도 {answer_score:.2f})&lt;/span&gt;&lt;br&gt;&lt;b&gt;오답으로 학습:&lt;/b&gt; {wrong} &lt;span style=&apos;color:#555&apos;&gt;(유사도 {wrong_score:.2f})&lt;/span&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Also make shorter vectors work (Matryoshka)</source>
        <translation>더 짧은 벡터로도 잘 작동하게 학습(Matryoshka)</translation>
    </message>
    <message>
        <source>Vector sizes to train for:</source>
        <translation>학습할 벡터 크기:</translation>
    </message>
    <message>
        <source>Your data: &lt;b&gt;{shape}&lt;/b&gt;. Losses that cannot learn from this are greyed out, with the reason.</source>
        <translation>내 데이터: &lt;b&gt;{shape}&lt;/b&gt;. 이 데이터로 학습할 수 없는 손실 함수는 이유와 함께 회색으로 표시됩니다.</translation>
    </message>
    <message>
        <source>Choose your data first: which losses fit depends on it.</source>
        <translation>먼저 데이터를 선택하세요. 어떤 손실 함수가 맞는지는 데이터에 따라 달라집니다.</translation>
    </message>
    <message>
        <source>Vector size {size}</source>
        <translation>벡터 크기 {size}</translation>
    </message>
    <message>
        <source>Only Multiple Negatives Ranking losses learn from wrong answers.</source>
        <translation>오답으로부터 학습할 수 있는 것은 Multiple Negatives Ranking 계열 손실 함수뿐입니다.</translation>
    </message>
    <message>
        <source>Choose your data first.</source>
        <translation>먼저 데이터를 선택하세요.</translation>
    </message>
    <message>
        <source>Loading the model and reading your examples…</source>
        <translation>모델을 불러오고 예시를 읽는 중…</translation>
    </message>
    <message>
        <source>Comparing questions and answers… {done:,} of {total:,} texts</source>
        <translation>질문과 답변 비교 중… 텍스트 {total:,}개 중 {done:,}개</translation>
    </message>
    <message>
        <source>The examples could not be found because of an unexpected problem.</source>
        <translation>예기치 않은 문제로 예시를 찾을 수 없었습니다.</translation>
    </message>
    <message>
        <source>Pick how the model should learn.</source>
        <translation>모델의 학습 방식을 선택하세요.</translation>
    </message>
    <message>
        <source>Tick at least one vector size for Matryoshka, or turn it off.</source>
        <translation>Matryoshka에 사용할 벡터 크기를 하나 이상 선택하거나 Matryoshka를 끄세요.</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>evaluation score</source>
        <extracomment>Milliseconds between redraws while points arrive. Never spend more than about 1/this of the GUI thread on redrawing.</extracomment>
        <translation>평가 점수</translation>
    </message>
    <message>
        <source>The loss curve appears here once training starts.</source>
        <extracomment>How many of the redraws only blitted the lines over the kept frame.</extracomment>
        <translation>학습이 시작되면 여기에 손실 그래프가 나타납니다.</translation>
    </message>
    <message>
        <source>{metric} (higher is better)</source>
        <translation>{metric}(높을수록 좋음)</translation>
    </message>
    <message>
        <source>{metric}
(higher is better)</source>
        <translation>{metric}
(높을수록 좋음)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} projects</source>
        <translation>{app} 프로젝트</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>모든 파일</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>학습(&amp;T)</translation>
    </message>
    <message>
        <source>Teach a model your data, step by step</source>
        <translation>단계별로 모델에 내 데이터를 학습시킵니다</translation>
    </message>
    <message>
        <source>&amp;Playground</source>
        <translation>플레이그라운드(&amp;P)</translation>
    </message>
    <message>
        <source>See how similar a model finds your sentences</source>
        <translation>모델이 문장들을 얼마나 비슷하게 보는지 확인합니다</translation>
    </message>
    <message>
        <source>Engine: not loaded yet</source>
        <translation>엔진: 아직 불러오지 않음</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>새 프로젝트(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>프로젝트 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 항목 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>프로젝트 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>다른 이름으로 프로젝트 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>{app} 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>{language} will be used from the next start.</source>
        <translation>다음에 시작할 때부터 {language}이(가) 사용됩니다.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>{language} will be used the next time you start {app}. Close and open the app again to switch now; your project is kept if you save it first.</source>
        <translation>다음에 {app}을(를) 시작할 때부터 {language}이(가) 사용됩니다. 지금 바꾸려면 앱을 닫았다가 다시 여세요. 먼저 저장하면 프로젝트는 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>최근 프로젝트 없음</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>목록 지우기</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app} 정보</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;Fine-tune sentence-embedding models on your own spreadsheets.</source>
        <translation>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;자신의 스프레드시트로 문장 임베딩 모델을 미세 조정합니다.</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>새 프로젝트</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <source>Could not open the project</source>
        <translation>프로젝트를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Some files of this project are not on this computer:
{names}</source>
        <translation>이 프로젝트의 일부 파일이 이 컴퓨터에 없습니다:
{names}</translation>
    </message>
    <message>
        <source>Everything else was loaded. Pick the data file again on the Data step.</source>
        <translation>나머지는 모두 불러왔습니다. 데이터 단계에서 데이터 파일을 다시 선택하세요.</translation>
    </message>
    <message>
        <source>Files are missing</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <source>Everything else was loaded. You will be asked before anything is replaced or any model code runs.</source>
        <translation>나머지는 모두 불러왔습니다. 무언가를 바꾸거나 모델 코드를 실행하기 전에는 먼저 확인을 요청합니다.</translation>
    </message>
    <message>
        <source>Some requests in the project were not followed</source>
        <translation>프로젝트의 일부 요청을 따르지 않았습니다</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name}을(를) 열었습니다</translation>
    </message>
    <message>
        <source>My project</source>
        <translation>내 프로젝트</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>프로젝트 저장</translation>
    </message>
    <message>
        <source>Could not save the project</source>
        <translation>프로젝트를 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name}을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>The playground is not part of this build yet.</source>
        <translation>이 빌드에는 아직 플레이그라운드가 포함되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Loading engine…</source>
        <translation>엔진 불러오는 중…</translation>
    </message>
    <message>
        <source>Engine ready ({description})</source>
        <translation>엔진 준비 완료({description})</translation>
    </message>
    <message>
        <source>The machine-learning libraries are loaded.</source>
        <translation>머신러닝 라이브러리를 불러왔습니다.</translation>
    </message>
    <message>
        <source>Engine could not be loaded</source>
        <translation>엔진을 불러올 수 없습니다</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <source>Model</source>
        <extracomment>The list&apos;s headers as shown (``COLUMNS`` stays the English keys of :meth:`rows`).</extracomment>
        <translation>모델</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Vector size</source>
        <translation>벡터 크기</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>이 컴퓨터에 있음</translation>
    </message>
    <message>
        <source>Search by name, language or licence…</source>
        <translation>이름, 언어 또는 라이선스로 검색…</translation>
    </message>
    <message>
        <source>Search the models</source>
        <translation>모델 검색</translation>
    </message>
    <message>
        <source>Models to start from</source>
        <translation>시작할 모델</translation>
    </message>
    <message>
        <source>Download it</source>
        <translation>다운로드</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>Use a &amp;model folder on this computer…</source>
        <translation>이 컴퓨터의 모델 폴더 사용(&amp;M)…</translation>
    </message>
    <message>
        <source>or a Hugging Face id, e.g. BAAI/bge-small-en-v1.5</source>
        <translation>또는 Hugging Face ID(예: BAAI/bge-small-en-v1.5)</translation>
    </message>
    <message>
        <source>Hugging Face model id</source>
        <translation>Hugging Face 모델 ID</translation>
    </message>
    <message>
        <source>&amp;Use this id</source>
        <translation>이 ID 사용(&amp;U)</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>선택한 모델</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>다운로드(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>다운로드 취소</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <source>How well it knows your texts</source>
        <translatorcomment>Heading &apos;How well it knows your texts&apos; (model&apos;s vocabulary coverage) — phrased as a noun clause; may need a smoother title.</translatorcomment>
        <translation type="unfinished">내 텍스트를 얼마나 잘 아는지</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>기본 모델</translation>
    </message>
    <message>
        <source>Training starts from a model that already understands language and teaches it your data. Pick one that knows your language; smaller ones train faster.</source>
        <translation>학습은 이미 언어를 이해하는 모델에서 시작해 내 데이터를 가르칩니다. 내 언어를 아는 모델을 고르세요. 작은 모델일수록 학습이 빠릅니다.</translation>
    </message>
    <message>
        <source>Pick a model folder</source>
        <translation>모델 폴더 선택</translation>
    </message>
    <message>
        <source>{problem} Pick the folder that holds those files.</source>
        <translation>{problem} 해당 파일이 들어 있는 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>Connecting to download {hub_id}…</source>
        <translation>{hub_id} 다운로드를 위해 연결하는 중…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Downloaded. The model is now on this computer.</source>
        <translation>다운로드했습니다. 이제 모델이 이 컴퓨터에 있습니다.</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>다운로드를 취소했습니다.</translation>
    </message>
    <message>
        <source>Use {name}</source>
        <translation>{name} 사용</translation>
    </message>
    <message>
        <source>Keep {name}</source>
        <translation>{name} 유지</translation>
    </message>
    <message>
        <source>Pick a model to start from.</source>
        <translation>시작할 모델을 선택하세요.</translation>
    </message>
    <message>
        <source>Wait for the download to finish.</source>
        <translation>다운로드가 끝날 때까지 기다리세요.</translation>
    </message>
    <message>
        <source>This model is not on this computer: download it, or pick another one.</source>
        <translation>이 모델은 이 컴퓨터에 없습니다. 다운로드하거나 다른 모델을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Choose a model folder…</source>
        <translation>모델 폴더 선택…</translation>
    </message>
    <message>
        <source>Use a sentence-transformers model saved on this computer.</source>
        <translation>이 컴퓨터에 저장된 sentence-transformers 모델을 사용합니다.</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>모델 폴더 선택</translation>
    </message>
</context>
<context>
    <name>ModelSources</name>
    <message>
        <source>✓ on this computer</source>
        <translation>✓ 이 컴퓨터에 있음</translation>
    </message>
    <message>
        <source>download needed</source>
        <translation>다운로드 필요</translation>
    </message>
    <message>
        <source>{hub_id}
{description}
Languages: {languages}
{size_mb} MB, {dimensions} dimensions, licence {licence}</source>
        <translation>{hub_id}
{description}
언어: {languages}
{size_mb} MB, {dimensions}차원, 라이선스 {licence}</translation>
    </message>
    <message>
        <source>unknown data</source>
        <translation>알 수 없는 데이터</translation>
    </message>
    <message>
        <source>trained {when} on {data}</source>
        <translation>{when}에 {data}(으)로 학습함</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>{folder}
Base model: {base}
Data: {data}</source>
        <translation>{folder}
기본 모델: {base}
데이터: {data}</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>폴더</translation>
    </message>
</context>
<context>
    <name>PackageRunDialog</name>
    <message>
        <source>When training is too slow on this computer, run it on a bigger one, for example a rented server with one or more graphics cards (GPUs). The app writes a folder with your data, these settings, the base model and its own training program. Copy the folder to the other computer and start the script in it (its README explains how): it uses every GPU there. The trained model appears in the folder&apos;s “output” folder; copy it back and open it here like any model.</source>
        <translation>이 컴퓨터에서 학습이 너무 느리다면 더 성능 좋은 컴퓨터에서 실행하세요. 예를 들어 그래픽 카드(GPU)가 하나 이상 있는 임대 서버를 쓸 수 있습니다. 앱이 데이터, 현재 설정, 기본 모델, 자체 학습 프로그램이 담긴 폴더를 만듭니다. 이 폴더를 다른 컴퓨터에 복사하고 그 안의 스크립트를 실행하세요(방법은 README에 있습니다). 그 컴퓨터의 모든 GPU를 사용합니다. 학습된 모델은 폴더 안의 “output” 폴더에 생깁니다. 이를 다시 복사해 와서 다른 모델처럼 여기에서 여세요.</translation>
    </message>
    <message>
        <source>Run on another machine</source>
        <translation>다른 컴퓨터에서 실행</translation>
    </message>
    <message>
        <source>Write the folder to:</source>
        <translation>폴더를 만들 위치:</translation>
    </message>
    <message>
        <source>Folder for the other machine</source>
        <translation>다른 컴퓨터용 폴더</translation>
    </message>
    <message>
        <source>Replace a folder written here earlier by this app</source>
        <translation>이 앱이 이전에 여기에 만든 폴더 바꾸기</translation>
    </message>
    <message>
        <source>&amp;Write folder</source>
        <translation>폴더 만들기(&amp;W)</translation>
    </message>
    <message>
        <source>Choose your data first (the Data page).</source>
        <translation>먼저 데이터를 선택하세요(데이터 페이지).</translation>
    </message>
    <message>
        <source>Copying your data, the model and the training program…</source>
        <translation>데이터, 모델, 학습 프로그램을 복사하는 중…</translation>
    </message>
    <message>
        <source>Written to {folder} ({megabytes:.0f} MB).</source>
        <translation>{folder}에 만들었습니다({megabytes:.0f} MB).</translation>
    </message>
    <message>
        <source>The base model is included, so the other computer needs no download.</source>
        <translation>기본 모델이 포함되어 있어 다른 컴퓨터에서 다운로드할 필요가 없습니다.</translation>
    </message>
    <message>
        <source>The other computer downloads the base model when it starts (it needs internet access).</source>
        <translation>다른 컴퓨터가 시작할 때 기본 모델을 다운로드합니다(인터넷 연결 필요).</translation>
    </message>
    <message>
        <source>Copy the folder to the other computer and follow its README; the trained model appears in its “{output}” folder.</source>
        <translation>폴더를 다른 컴퓨터에 복사하고 README를 따르세요. 학습된 모델은 “{output}” 폴더에 생깁니다.</translation>
    </message>
    <message>
        <source>Choose another folder, or tick “Replace”.</source>
        <translation>다른 폴더를 선택하거나 “바꾸기”를 선택하세요.</translation>
    </message>
    <message>
        <source>The folder could not be written.</source>
        <translation>폴더를 만들 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <source>Model:</source>
        <extracomment>Quiet time after the last keystroke before the matrix is recomputed. Short enough that keystroke-to-heatmap stays under 200 ms for 20 sentences; cheap because an edit re-encodes only the changed line (the embedding cache) and a result overtaken by a newer edit is dropped, so fast typing never queues work.</extracomment>
        <translation>모델:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Compare with a second model:</source>
        <translation>두 번째 모델과 비교:</translation>
    </message>
    <message>
        <source>Show the base model and your fine-tuned model side by side, and what changed.</source>
        <translation>기본 모델과 미세 조정한 모델을 나란히 보여 주고, 무엇이 달라졌는지 표시합니다.</translation>
    </message>
    <message>
        <source>Second model</source>
        <translation>두 번째 모델</translation>
    </message>
    <message>
        <source>Pick a model and type some sentences.</source>
        <translation>모델을 선택하고 문장을 몇 개 입력하세요.</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>유사도</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Model ready. The matrix follows your typing.</source>
        <translation>모델 준비 완료. 입력하는 대로 행렬이 바뀝니다.</translation>
    </message>
    <message>
        <source>Could not load {model}.</source>
        <translation>{model}을(를) 불러올 수 없습니다.</translation>
    </message>
    <message>
        <source>There is no matrix to export yet.</source>
        <translation>아직 내보낼 행렬이 없습니다.</translation>
    </message>
    <message>
        <source>Type some sentences first.</source>
        <translation>먼저 문장을 몇 개 입력하세요.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path}에 저장했습니다.</translation>
    </message>
    <message>
        <source>The matrix could not be computed.</source>
        <translation>행렬을 계산할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Your model got better.</source>
        <extracomment>The headline for each verdict; only &quot;better&quot; is shown as a success (green). The texts are marked for context &quot;ResultPage&quot;; :func:`verdict_headline` translates them.</extracomment>
        <translation>모델이 좋아졌습니다.</translation>
    </message>
    <message>
        <source>Your model got worse on the rows it had not seen.</source>
        <translation>학습에 쓰지 않은 행에서 모델이 나빠졌습니다.</translation>
    </message>
    <message>
        <source>No real change.</source>
        <translation>뚜렷한 변화가 없습니다.</translation>
    </message>
    <message>
        <source>The result cannot be measured.</source>
        <translation>결과를 측정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Training finished.</source>
        <translation>학습을 마쳤습니다.</translation>
    </message>
    <message>
        <source>Your model is still poor.</source>
        <translation>모델 성능이 아직 낮습니다.</translation>
    </message>
    <message>
        <source>No training has finished yet.</source>
        <translation>아직 끝난 학습이 없습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The pairs that changed most&lt;/b&gt; (rows it had not seen)</source>
        <translation>&lt;b&gt;가장 많이 달라진 쌍&lt;/b&gt;(학습에 쓰지 않은 행)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Other text</source>
        <translation>상대 텍스트</translation>
    </message>
    <message>
        <source>Your score</source>
        <translation>내 점수</translation>
    </message>
    <message>
        <source>Similarity before</source>
        <translation>이전 유사도</translation>
    </message>
    <message>
        <source>After</source>
        <translation>이후</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Settings tried</source>
        <translation>시도한 설정</translation>
    </message>
    <message>
        <source>Main measure</source>
        <translation>주요 측정값</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>측정값</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변화</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>폴더 열기(&amp;F)</translation>
    </message>
    <message>
        <source>Try it in the &amp;Playground (compare with the base model)</source>
        <translation>플레이그라운드에서 사용해 보기(&amp;P)(기본 모델과 비교)</translation>
    </message>
    <message>
        <source>E&amp;xport for other programs…</source>
        <translation>다른 프로그램용으로 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Train &amp;again (change settings)…</source>
        <translation>다시 학습(&amp;A)(설정 변경)…</translation>
    </message>
    <message>
        <source>Change the settings and train again; the new model gets a folder of its own and this result stays in the list below.</source>
        <translation>설정을 바꾸고 다시 학습합니다. 새 모델은 별도의 폴더에 저장되고, 이 결과는 아래 목록에 남습니다.</translation>
    </message>
    <message>
        <source>Training was stopped early after {steps:,} of {total:,} steps; the model keeps what it learned so far.</source>
        <translation>전체 {total:,}스텝 중 {steps:,}스텝에서 학습이 일찍 중지되었습니다. 모델은 지금까지 배운 내용을 유지합니다.</translation>
    </message>
    <message>
        <source>Training was stopped early; the model keeps what it learned so far.</source>
        <translation>학습이 일찍 중지되었습니다. 모델은 지금까지 배운 내용을 유지합니다.</translation>
    </message>
    <message>
        <source>The model was saved in:&lt;br&gt;&lt;b&gt;{folder}&lt;/b&gt;</source>
        <translation>모델 저장 위치:&lt;br&gt;&lt;b&gt;{folder}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{loss}, learning rate {rate:g}, {passes:g} passes</source>
        <translation>{loss}, 학습률 {rate:g}, 에포크 {passes:g}회</translation>
    </message>
    <message>
        <source>{loss}, learning rate {rate:g}, {passes:g} pass</source>
        <translation>{loss}, 학습률 {rate:g}, 에포크 {passes:g}회</translation>
    </message>
    <message>
        <source>tried</source>
        <translation>시도함</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>시도하지 않음</translation>
    </message>
    <message>
        <source>kept</source>
        <translatorcomment>&apos;kept&apos; in the tried-settings table (the trial whose model was kept) — translated as 채택됨 (&apos;adopted/chosen&apos;).</translatorcomment>
        <translation type="unfinished">채택됨</translation>
    </message>
    <message>
        <source>{name}: the main measure</source>
        <translation>{name}: 주요 측정값</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>{path}(으)로 저장했습니다</translation>
    </message>
    <message>
        <source>The loss plot could not be saved. {error}</source>
        <translation>손실 그래프를 저장할 수 없습니다. {error}</translation>
    </message>
</context>
<context>
    <name>RunDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>선택(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>폴더 열기(&amp;O)</translation>
    </message>
</context>
<context>
    <name>RunsList</name>
    <message>
        <source>&lt;b&gt;Your runs with this data&lt;/b&gt; (click one to show its result)</source>
        <translation>&lt;b&gt;이 데이터로 실행한 학습&lt;/b&gt;(클릭하면 결과를 볼 수 있습니다)</translation>
    </message>
    <message>
        <source>Finished runs with this data</source>
        <translation>이 데이터로 끝난 학습 실행</translation>
    </message>
    <message>
        <source>{mark} {words}: </source>
        <translatorcomment>Source &apos;{mark} {words}: &apos; has no words, but the checker needs Korean letters; wrote &apos;{mark} 결과: {words} · &apos; (result: &lt;verdict&gt; · ). Plain &apos;{mark} {words}: &apos; would be fine if allowed.</translatorcomment>
        <translation type="unfinished">{mark} 결과: {words} · </translation>
    </message>
    <message>
        <source> (shown)</source>
        <translation> (표시 중)</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search query</source>
        <translation>검색어</translation>
    </message>
    <message>
        <source>Type a question or a phrase to find the closest rows…</source>
        <translation>가장 가까운 행을 찾으려면 질문이나 문구를 입력하세요…</translation>
    </message>
    <message>
        <source>Search with:</source>
        <translation>검색에 사용할 모델:</translation>
    </message>
    <message>
        <source>Model to search with</source>
        <translation>검색에 사용할 모델</translation>
    </message>
    <message>
        <source>The model that finds the closest rows. In compare mode, pick either model.</source>
        <translation>가장 가까운 행을 찾는 모델입니다. 비교 모드에서는 두 모델 중 하나를 고르세요.</translation>
    </message>
    <message>
        <source>Search a pasted list instead</source>
        <translation>대신 붙여넣은 목록에서 검색</translation>
    </message>
    <message>
        <source>Texts to search</source>
        <translation>검색할 텍스트</translation>
    </message>
    <message>
        <source>Paste the texts to search, one per line.</source>
        <translation>검색할 텍스트를 한 줄에 하나씩 붙여넣으세요.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Automatic (fastest the device supports)</source>
        <extracomment>The precisions offered: (key, what the user sees; marked for context &quot;SettingsPage&quot;).</extracomment>
        <translation>자동(장치가 지원하는 가장 빠른 방식)</translation>
    </message>
    <message>
        <source>Full precision (fp32)</source>
        <translation>전체 정밀도(fp32)</translation>
    </message>
    <message>
        <source>Half precision (fp16, GPUs)</source>
        <translation>절반 정밀도(fp16, GPU)</translation>
    </message>
    <message>
        <source>bfloat16 (newer GPUs)</source>
        <translation>bfloat16(최신 GPU)</translation>
    </message>
    <message>
        <source>Find the &amp;best settings for me, within</source>
        <extracomment>Settings that live in the Advanced section (a problem with one opens it).</extracomment>
        <translatorcomment>Checkbox label followed by a minutes spin box (&apos;…, within [N] minutes&apos;); rendered as &apos;… 제한 시간: [N]분&apos;. Check it reads well in the layout.</translatorcomment>
        <translation type="unfinished">최적의 설정 자동으로 찾기(&amp;B), 제한 시간:</translation>
    </message>
    <message>
        <source>Trains first with the automatic settings, then with other settings while they fit in the time you give, each measured on the same rows kept apart. Other settings replace the automatic ones only when they are better by more than chance explains.</source>
        <translation>먼저 자동 설정으로 학습하고, 주어진 시간 안에 들어가는 동안 다른 설정으로도 학습하며, 각각을 따로 둔 같은 행에서 측정합니다. 다른 설정은 우연으로 설명되는 것보다 더 나을 때만 자동 설정을 대신합니다.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>에포크(&amp;E):</translation>
    </message>
    <message>
        <source>How many times the model reads all your examples.</source>
        <translation>모델이 전체 예시를 몇 번 읽을지 정합니다.</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>배치 크기(&amp;B):</translation>
    </message>
    <message>
        <source>Examples learned from together; bigger is often better but needs more memory.</source>
        <translation>한 번에 함께 학습하는 예시 수입니다. 클수록 대체로 좋지만 메모리가 더 필요합니다.</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>학습률(&amp;L):</translation>
    </message>
    <message>
        <source>How big each correction is; smaller is safer, larger learns faster.</source>
        <translation>한 번에 얼마나 크게 고칠지 정합니다. 작을수록 안전하고, 클수록 빨리 배웁니다.</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> 토큰</translation>
    </message>
    <message>
        <source>&amp;Max length:</source>
        <translation>최대 길이(&amp;M):</translation>
    </message>
    <message>
        <source>Longer texts are cut here; shorter is faster, too short loses meaning.</source>
        <translation>이보다 긴 텍스트는 잘립니다. 짧을수록 빠르지만, 너무 짧으면 의미가 사라집니다.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>고급</translation>
    </message>
    <message>
        <source>&amp;Warm-up:</source>
        <translation>워밍업(&amp;W):</translation>
    </message>
    <message>
        <source>Share of steps that start gently.</source>
        <translation>처음에 천천히 시작하는 스텝의 비율입니다.</translation>
    </message>
    <message>
        <source>Weight &amp;decay:</source>
        <translation>가중치 감쇠(&amp;D):</translation>
    </message>
    <message>
        <source>Keeps the model from memorising; 0.01 is usual.</source>
        <translation>모델이 예시를 그대로 외우지 않게 합니다. 보통 0.01을 씁니다.</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>시드(&amp;S):</translation>
    </message>
    <message>
        <source>The same seed gives the same run again.</source>
        <translation>같은 시드를 쓰면 같은 학습 결과를 다시 얻습니다.</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>정밀도(&amp;P):</translation>
    </message>
    <message>
        <source>Number format; automatic is right almost always.</source>
        <translation>숫자 형식입니다. 거의 항상 자동이 맞습니다.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>E&amp;valuate every:</source>
        <translation>평가 간격(&amp;V):</translation>
    </message>
    <message>
        <source>Steps between quality checks during training.</source>
        <translation>학습 중 품질을 확인하는 스텝 간격입니다.</translation>
    </message>
    <message>
        <source>&amp;Checkpoint every:</source>
        <translation>체크포인트 간격(&amp;C):</translation>
    </message>
    <message>
        <source>Steps between checkpoints, to resume a stopped run.</source>
        <translation>체크포인트를 저장하는 스텝 간격입니다. 중지된 학습을 이어서 할 때 씁니다.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>Stop &amp;after:</source>
        <translation>최대 스텝(&amp;A):</translation>
    </message>
    <message>
        <source>Steps at most, whatever the epochs (for a quick try).</source>
        <translation>에포크와 관계없이 이 스텝 수까지만 학습합니다(빠르게 시험해 볼 때).</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>출력 폴더</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>선택(&amp;H)…</translation>
    </message>
    <message>
        <source>Save the new model in a new folder beside this one.</source>
        <translation>새 모델을 이 폴더 옆의 새 폴더에 저장합니다.</translation>
    </message>
    <message>
        <source>Use “{name}”</source>
        <translation>“{name}” 사용</translation>
    </message>
    <message>
        <source>Allow its code…</source>
        <translation>코드 허용…</translation>
    </message>
    <message>
        <source>You allowed this model&apos;s own program code to run (for this session only).</source>
        <translation>이 모델의 자체 프로그램 코드 실행을 허용했습니다(이번 세션에만 적용).</translation>
    </message>
    <message>
        <source>&lt;b&gt;This model comes with its own program code.&lt;/b&gt; It runs only if you allow it; do that only for a model from a source you trust.</source>
        <translation>&lt;b&gt;이 모델에는 자체 프로그램 코드가 포함되어 있습니다.&lt;/b&gt; 허용해야만 실행됩니다. 신뢰할 수 있는 출처의 모델일 때만 허용하세요.</translation>
    </message>
    <message>
        <source>Save the model &amp;in:</source>
        <translation>모델 저장 위치(&amp;I):</translation>
    </message>
    <message>
        <source>A new folder for the trained model, its card and its plots.</source>
        <translation>학습된 모델, 모델 카드, 그래프를 저장할 새 폴더입니다.</translation>
    </message>
    <message>
        <source>Run on another &amp;machine…</source>
        <translation>다른 컴퓨터에서 실행(&amp;M)…</translation>
    </message>
    <message>
        <source>Pack these settings and your data to train on a bigger computer.</source>
        <translation>이 설정과 데이터를 묶어 더 성능 좋은 컴퓨터에서 학습합니다.</translation>
    </message>
    <message>
        <source>Replace this folder?</source>
        <translation>이 폴더를 바꾸시겠습니까?</translation>
    </message>
    <message>
        <source>The folder
{folder}
already holds files. Training would replace them with the new model.

Replace its contents?</source>
        <translation>폴더
{folder}
에 이미 파일이 있습니다. 학습하면 새 모델로 바뀝니다.

폴더 내용을 바꾸시겠습니까?</translation>
    </message>
    <message>
        <source>Folder for the trained model</source>
        <translation>학습된 모델을 저장할 폴더</translation>
    </message>
    <message>
        <source>The estimated training time appears once data are chosen.</source>
        <translation>데이터를 선택하면 예상 학습 시간이 표시됩니다.</translation>
    </message>
    <message>
        <source>This model comes with its own program code: allow it (only for a source you trust), or go back and pick another model.</source>
        <translation>이 모델에는 자체 프로그램 코드가 포함되어 있습니다. 코드를 허용하거나(신뢰할 수 있는 출처일 때만), 이전 단계로 돌아가 다른 모델을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Worth knowing before you train:</source>
        <translation>학습 전에 알아 두면 좋은 점:</translation>
    </message>
    <message>
        <source>&amp;Start training</source>
        <translation>학습 시작(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>중지(&amp;T)</translation>
    </message>
    <message>
        <source>Stop after the current step; the model so far is kept.</source>
        <translation>현재 스텝이 끝나면 중지합니다. 지금까지 학습한 모델은 유지됩니다.</translation>
    </message>
    <message>
        <source>Ready to start.</source>
        <translation>시작할 준비가 되었습니다.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>경과 시간</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>남은 시간</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <source>Details (log)</source>
        <translation>세부 정보(로그)</translation>
    </message>
    <message>
        <source>Training log</source>
        <translation>학습 로그</translation>
    </message>
    <message>
        <source>Training is running.</source>
        <translation>학습 중입니다.</translation>
    </message>
    <message>
        <source>Start training first.</source>
        <translation>먼저 학습을 시작하세요.</translation>
    </message>
    <message>
        <source>Loading the training engine…</source>
        <translation>학습 엔진을 불러오는 중…</translation>
    </message>
    <message>
        <source>Starting: {model} on {data}</source>
        <translation>시작: {data}(으)로 {model} 학습</translation>
    </message>
    <message>
        <source>Stop training?</source>
        <translation>학습을 중지하시겠습니까?</translation>
    </message>
    <message>
        <source>Stop training now?

The model keeps what it learned so far and is saved in its folder; you can try it in the Playground.</source>
        <translation>지금 학습을 중지하시겠습니까?

모델은 지금까지 배운 내용을 유지하며 해당 폴더에 저장됩니다. 플레이그라운드에서 사용해 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Stopping after the current step and saving the model…</source>
        <translation>현재 스텝이 끝나면 중지하고 모델을 저장하는 중…</translation>
    </message>
    <message>
        <source>Stop requested.</source>
        <translation>중지를 요청했습니다.</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>학습 중…</translation>
    </message>
    <message>
        <source>Evaluation ({phase}, step {step}): {label} = {value:.4f}</source>
        <translation>평가({phase}, 스텝 {step}): {label} = {value:.4f}</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>참고: {text}</translation>
    </message>
    <message>
        <source>Training could not finish.</source>
        <translation>학습을 끝내지 못했습니다.</translation>
    </message>
    <message>
        <source>Error: {error}</source>
        <translation>오류: {error}</translation>
    </message>
    <message>
        <source>Training could not finish</source>
        <translation>학습을 끝내지 못했습니다</translation>
    </message>
    <message>
        <source>Training stopped because of an unexpected error.</source>
        <translation>예기치 않은 오류로 학습이 중지되었습니다.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong during training.</source>
        <translation>학습 중에 예기치 않은 문제가 발생했습니다.</translation>
    </message>
    <message>
        <source>Your settings are kept; you can change them and start again.</source>
        <translation>설정은 그대로 있습니다. 설정을 바꾸고 다시 시작할 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>다시 시작(&amp;S)</translation>
    </message>
    <message>
        <source>{folder} already holds a model; saving in {fresh} instead.</source>
        <translation>{folder}에 이미 모델이 있어 대신 {fresh}에 저장합니다.</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>Loading the training engine…</source>
        <extracomment>A function with run_training&apos;s signature: (config, on_event, cancel) -&gt; summary.</extracomment>
        <translation>학습 엔진을 불러오는 중…</translation>
    </message>
</context>
<context>
    <name>WarningStrip</name>
    <message>
        <source>⛔ 1 row left out (errors)</source>
        <extracomment>Warning codes that concern the chosen model&apos;s vocabulary (the model page&apos;s check).</extracomment>
        <translation>⛔ 1개 행 제외됨(오류)</translation>
    </message>
    <message>
        <source>⛔ {rows:,} rows left out (errors)</source>
        <translation>⛔ {rows:,}개 행 제외됨(오류)</translation>
    </message>
    <message>
        <source>⚠ 1 warning</source>
        <translation>⚠ 경고 1개</translation>
    </message>
    <message>
        <source>⚠ {count} warnings</source>
        <translation>⚠ 경고 {count}개</translation>
    </message>
    <message>
        <source>ℹ 1 row note</source>
        <translation>ℹ 행 참고 사항 1개</translation>
    </message>
    <message>
        <source>ℹ {notes:,} row notes</source>
        <translation>ℹ 행 참고 사항 {notes:,}개</translation>
    </message>
    <message>
        <source>Click to see them</source>
        <translation>클릭하면 볼 수 있습니다</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Wizard steps</source>
        <extracomment>The wizard&apos;s steps in order, with their pages.</extracomment>
        <translation>마법사 단계</translation>
    </message>
    <message>
        <source>Step {number}: {label}</source>
        <translation>{number}단계: {label}</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>뒤로(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>이전 단계로 돌아가기</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>다음(&amp;N)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>다음 단계</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <source>Training is still running. Stop it and close?

The model trained so far is kept in its output folder.</source>
        <translation>학습이 아직 진행 중입니다. 중지하고 닫으시겠습니까?

지금까지 학습한 모델은 출력 폴더에 유지됩니다.</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Your data</source>
        <translation>내 데이터</translation>
    </message>
    <message>
        <source>The spreadsheet the model learns from.</source>
        <translation>모델이 학습할 스프레드시트입니다.</translation>
    </message>
    <message>
        <source>How the model learns</source>
        <translation>모델의 학습 방식</translation>
    </message>
    <message>
        <source>The loss is the lesson the model is given. The one that fits your data best is already selected; the others are explained so you can compare.</source>
        <translation>손실 함수는 모델에게 주는 학습 과제입니다. 내 데이터에 가장 잘 맞는 손실 함수가 이미 선택되어 있고, 비교할 수 있도록 나머지도 설명되어 있습니다.</translation>
    </message>
    <message>
        <source>Base model</source>
        <extracomment>QSettings key remembering that the user declined the multilingual model download offer.</extracomment>
        <translation>기본 모델</translation>
    </message>
    <message>
        <source>The model your data will teach.</source>
        <translation>내 데이터로 가르칠 모델입니다.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>How much your model learned, and where it is.</source>
        <translation>모델이 얼마나 배웠는지, 어디에 저장되었는지 확인합니다.</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>학습 설정</translation>
    </message>
    <message>
        <source>These defaults were chosen for your data and this computer. You can start right away or adjust them.</source>
        <translation>이 기본값은 내 데이터와 이 컴퓨터에 맞게 정해졌습니다. 바로 시작하거나 값을 조정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Train</source>
        <extracomment>Lines kept in the log view (older lines are dropped).</extracomment>
        <translation>학습</translation>
    </message>
    <message>
        <source>Start training and watch the model learn. You can stop at any time.</source>
        <translation>학습을 시작하고 모델이 배우는 과정을 지켜보세요. 언제든지 중지할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>There is no file {path}. Check the path, or open the app and pick a project.</source>
        <extracomment>Environment variable that does the same (&quot;1&quot;/&quot;all&quot; or a comma-separated list of steps).</extracomment>
        <translation>{path} 파일이 없습니다. 경로를 확인하거나, 앱을 열고 프로젝트를 선택하세요.</translation>
    </message>
    <message>
        <source>Unknown command &apos;{command}&apos;. Did you mean &apos;{suggestion}&apos;? The commands are: {commands}. Run &apos;main.py --help&apos; for how to use them.</source>
        <translation>알 수 없는 명령 &apos;{command}&apos;입니다. &apos;{suggestion}&apos;을(를) 입력하려고 하셨습니까? 사용할 수 있는 명령: {commands}. 사용 방법은 &apos;main.py --help&apos;를 실행해 확인하세요.</translation>
    </message>
    <message>
        <source>Unknown command &apos;{command}&apos;. The commands are: {commands}. Run &apos;main.py --help&apos; for how to use them.</source>
        <translation>알 수 없는 명령 &apos;{command}&apos;입니다. 사용할 수 있는 명령: {commands}. 사용 방법은 &apos;main.py --help&apos;를 실행해 확인하세요.</translation>
    </message>
    <message>
        <source>No display was found, so the window cannot open. Start the app from a desktop session, or use the command line: run &apos;main.py --help&apos; for the commands.</source>
        <translation>디스플레이를 찾을 수 없어 창을 열 수 없습니다. 데스크톱 세션에서 앱을 시작하거나 명령줄을 사용하세요. 명령 목록은 &apos;main.py --help&apos;를 실행하면 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Error: {problem}</source>
        <translation>오류: {problem}</translation>
    </message>
</context>
<context>
    <name>best</name>
    <message>
        <source>The model from step {step:,} of {steps:,} was kept: the end of training could not be measured.</source>
        <translation>전체 {steps:,}스텝 중 {step:,}스텝 시점의 모델을 남겼습니다. 학습이 끝난 시점의 모델은 측정할 수 없었습니다.</translation>
    </message>
    <message>
        <source>The model from step {step:,} of {steps:,} was kept, not the end of training: on the held-out rows it was clearly better ({kept} against {end} at the end).</source>
        <translation>학습이 끝난 시점이 아니라 전체 {steps:,}스텝 중 {step:,}스텝 시점의 모델을 남겼습니다. 검증용 행에서 이 모델이 확실히 더 좋았습니다(끝 시점 {end}에 비해 {kept}).</translation>
    </message>
    <message>
        <source>The model from the end of training was kept. Step {step:,} measured a little higher on the held-out rows ({high} against {end}), but by less than chance explains.</source>
        <translation>학습이 끝난 시점의 모델을 남겼습니다. {step:,}스텝에서 검증용 행의 측정값이 조금 더 높았지만({high}, 끝 시점 {end}), 그 차이는 우연으로 설명되는 범위 안입니다.</translation>
    </message>
</context>
<context>
    <name>callbacks</name>
    <message>
        <source>The training loss became NaN (not a number): the model stopped learning anything useful.</source>
        <translation>학습 손실 값이 NaN(숫자가 아님)이 되었습니다. 모델이 더 이상 쓸모 있는 것을 배우지 못합니다.</translation>
    </message>
    <message>
        <source>Lower the learning rate, or check the scores/labels for extreme values; then train again.</source>
        <translation>학습률을 낮추거나, 점수/레이블에 극단적인 값이 없는지 확인한 뒤 다시 학습하세요.</translation>
    </message>
</context>
<context>
    <name>catalog_models</name>
    <message>
        <source>English</source>
        <extracomment>The 50 language codes on the cards of the paraphrase-multilingual-* models (their &quot;language:&quot; list; zh-cn/zh-tw as zh, fr-ca as fr, pt-br as pt). Sinhala is not among them. XLM-RoBERTa&apos;s pretraining languages as ISO 639-1 codes (93 distinct codes; the e5 cards count 94 languages), on which multilingual-e5 was then trained with text pairs, and which bge-m3 and the xlm-r-100langs model build on. Sinhala (si) is among them. LaBSE&apos;s 109 languages (its card), Sinhala included. The models offered in the model picker, the offline one first.</extracomment>
        <translation>영어</translation>
    </message>
    <message>
        <source>Small and quick; ships with the app, so it works without internet. Best for English text.</source>
        <translation>작고 빠릅니다. 앱에 포함되어 있어 인터넷 없이도 작동합니다. 영어 텍스트에 가장 적합합니다.</translation>
    </message>
    <message>
        <source>50 languages incl. Korean and Russian (not Sinhala)</source>
        <translation>50개 언어(한국어, 러시아어 포함, 싱할라어 제외)</translation>
    </message>
    <message>
        <source>A small, fast multilingual model; a good first choice for non-English data on a laptop.</source>
        <translation>작고 빠른 다국어 모델입니다. 노트북에서 영어가 아닌 데이터를 다룰 때 처음 고르기 좋습니다.</translation>
    </message>
    <message>
        <source>Tiny English paraphrase model; trains in minutes on a CPU.</source>
        <translatorcomment>&apos;paraphrase model&apos; kept as 패러프레이즈 모델 (loanword); a non-expert might prefer 바꿔 말하기(의역) 모델.</translatorcomment>
        <translation type="unfinished">아주 작은 영어 패러프레이즈 모델입니다. CPU에서 몇 분 만에 학습됩니다.</translation>
    </message>
    <message>
        <source>100 languages incl. Korean, Russian, Sinhala</source>
        <translation>100개 언어(한국어, 러시아어, 싱할라어 포함)</translation>
    </message>
    <message>
        <source>An older multilingual base model trained on NLI and STS; newer models usually do better.</source>
        <translation>NLI와 STS로 학습된 오래된 다국어 기본 모델입니다. 대개 최신 모델이 더 좋습니다.</translation>
    </message>
    <message>
        <source>94 languages incl. Korean, Russian, Sinhala</source>
        <translation>94개 언어(한국어, 러시아어, 싱할라어 포함)</translation>
    </message>
    <message>
        <source>A large, strong multilingual model; needs a GPU or patience.</source>
        <translation>크고 성능이 좋은 다국어 모델입니다. GPU가 필요하거나, 아니면 오래 기다려야 합니다.</translation>
    </message>
    <message>
        <source>Small multilingual model with strong search quality for its size.</source>
        <translation>크기에 비해 검색 품질이 뛰어난 작은 다국어 모델입니다.</translation>
    </message>
    <message>
        <source>Balanced size and quality for multilingual search.</source>
        <translation>다국어 검색에 알맞게 크기와 품질의 균형을 맞춘 모델입니다.</translation>
    </message>
    <message>
        <source>Strong multilingual paraphrase model for similarity and clustering.</source>
        <translation>유사도 측정과 군집화에 강한 다국어 패러프레이즈 모델입니다.</translation>
    </message>
    <message>
        <source>109 languages incl. Korean, Russian, Sinhala</source>
        <translation>109개 언어(한국어, 러시아어, 싱할라어 포함)</translation>
    </message>
    <message>
        <source>Built to match translations across languages; good for bilingual data and many low-resource languages such as Sinhala.</source>
        <translation>여러 언어 사이에서 번역문을 짝짓도록 만들어졌습니다. 두 언어로 된 데이터와 싱할라어처럼 자료가 적은 여러 언어에 좋습니다.</translation>
    </message>
    <message>
        <source>100+ languages incl. Korean, Russian, Sinhala</source>
        <translation>100개 이상 언어(한국어, 러시아어, 싱할라어 포함)</translation>
    </message>
    <message>
        <source>Large multilingual model for long documents (up to 8,192 tokens).</source>
        <translation>긴 문서용 대형 다국어 모델입니다(최대 8,192 토큰).</translation>
    </message>
    <message>
        <source>Could not download {model} ({reason}).</source>
        <translation>{model}을(를) 다운로드할 수 없습니다({reason}).</translation>
    </message>
    <message>
        <source>Check the internet connection, or pick a model folder on this computer.</source>
        <translation>인터넷 연결을 확인하거나, 이 컴퓨터에 있는 모델 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>no model with this name on the Hugging Face Hub</source>
        <translation>Hugging Face Hub에 이 이름의 모델이 없음</translation>
    </message>
    <message>
        <source>no connection to the Hugging Face Hub</source>
        <translation>Hugging Face Hub에 연결할 수 없음</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>디스크가 가득 참</translation>
    </message>
    <message>
        <source>the download did not complete</source>
        <translation>다운로드가 완료되지 않음</translation>
    </message>
    <message>
        <source>the app is set to work offline</source>
        <translation>앱이 오프라인으로 작동하도록 설정됨</translation>
    </message>
    <message>
        <source>missing component {name}</source>
        <translation>{name} 구성 요소가 없음</translation>
    </message>
    <message>
        <source>The download of {model} was cancelled.</source>
        <translation>{model} 다운로드를 취소했습니다.</translation>
    </message>
    <message>
        <source>it does not look like a model</source>
        <translation>모델로 보이지 않음</translation>
    </message>
    <message>
        <source>The model in {folder} has a damaged modules.json file.</source>
        <extracomment>Files of which a model folder&apos;s tokenizer needs at least one. A tokenizer with fewer ordinary (non-special) tokens than this is broken: every word of real text would become the unknown token and all sentences would look alike. Model types whose position table keeps two extra slots (padding offset) it cannot read.</extracomment>
        <translation>{folder}에 있는 모델의 modules.json 파일이 손상되었습니다.</translation>
    </message>
    <message>
        <source>Pick a folder that holds a complete sentence-transformers model.</source>
        <translation>완전한 sentence-transformers 모델이 들어 있는 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>The model in {folder} names a part outside its own folder ({part}).</source>
        <translation>{folder}에 있는 모델이 자기 폴더 밖의 구성 요소({part})를 가리킵니다.</translation>
    </message>
    <message>
        <source>Pick a model folder from a source you trust.</source>
        <translation>신뢰할 수 있는 출처의 모델 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>it is empty or cut short</source>
        <translation>비어 있거나 잘려 있음</translation>
    </message>
    <message>
        <source>it is cut short or damaged</source>
        <translation>잘려 있거나 손상됨</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>손상됨</translation>
    </message>
    <message>
        <source>it is cut short (an interrupted download or copy?)</source>
        <translation>잘려 있음(다운로드나 복사가 중간에 끊겼을 수 있음)</translation>
    </message>
    <message>
        <source>The model {name} comes with its own program code (module {module}), which the app does not run unless you allow it.</source>
        <translation>{name} 모델에는 자체 프로그램 코드(모듈 {module})가 포함되어 있습니다. 허용하지 않으면 앱은 이 코드를 실행하지 않습니다.</translation>
    </message>
    <message>
        <source>The model {name} comes with its own program code, which the app does not run unless you allow it.</source>
        <translation>{name} 모델에는 자체 프로그램 코드가 포함되어 있습니다. 허용하지 않으면 앱은 이 코드를 실행하지 않습니다.</translation>
    </message>
    <message>
        <source>Allow it only for a model from a source you trust, or pick another model.</source>
        <translation>신뢰할 수 있는 출처의 모델일 때만 허용하거나, 다른 모델을 선택하세요.</translation>
    </message>
    <message>
        <source>The model {name} has no tokenizer files (such as tokenizer.json or vocab.txt), so it cannot read text.</source>
        <translation>{name} 모델에 토크나이저 파일(tokenizer.json, vocab.txt 등)이 없어 텍스트를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Copy the whole model folder again, or pick another model.</source>
        <translation>모델 폴더 전체를 다시 복사하거나, 다른 모델을 선택하세요.</translation>
    </message>
    <message>
        <source>The model {name} keeps its weights only in {file}, a format that can hide program code; the app only loads weights in the safetensors format.</source>
        <translation>{name} 모델은 가중치를 {file}에만 저장하고 있습니다. 이 형식에는 프로그램 코드가 숨어 있을 수 있어, 앱은 safetensors 형식의 가중치만 불러옵니다.</translation>
    </message>
    <message>
        <source>Pick a version of the model with model.safetensors (most models on the Hugging Face Hub have one).</source>
        <translation>model.safetensors가 있는 버전의 모델을 선택하세요(Hugging Face Hub의 모델은 대부분 이 파일이 있습니다).</translation>
    </message>
    <message>
        <source>The model {name} has no weights file (model.safetensors).</source>
        <translation>{name} 모델에 가중치 파일(model.safetensors)이 없습니다.</translation>
    </message>
    <message>
        <source>The weights file {file} of the model {name} cannot be used: {problem}.</source>
        <translation>{name} 모델의 가중치 파일 {file}을(를) 사용할 수 없습니다: {problem}.</translation>
    </message>
    <message>
        <source>Copy or download the model again.</source>
        <translation>모델을 다시 복사하거나 다운로드하세요.</translation>
    </message>
    <message>
        <source>The tokenizer of the model {name} knows no words ({ordinary} ordinary tokens), so every sentence would look the same to it.</source>
        <translation>{name} 모델의 토크나이저가 아는 단어가 없어(일반 토큰 {ordinary}개), 모든 문장이 똑같아 보입니다.</translation>
    </message>
    <message>
        <source>Copy the whole model folder again (with its tokenizer files), or pick another model.</source>
        <translation>모델 폴더 전체를 토크나이저 파일과 함께 다시 복사하거나, 다른 모델을 선택하세요.</translation>
    </message>
    <message>
        <source>No model was chosen.</source>
        <translation>선택한 모델이 없습니다.</translation>
    </message>
    <message>
        <source>Pick a model from the list or a model folder.</source>
        <translation>목록에서 모델을 고르거나 모델 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>There is no model at {ref}.</source>
        <translation>{ref}에 모델이 없습니다.</translation>
    </message>
    <message>
        <source>Pick a folder that holds a sentence-transformers model (with modules.json or config.json), or a model from the list.</source>
        <translation>sentence-transformers 모델이 들어 있는 폴더(modules.json 또는 config.json 포함)를 선택하거나, 목록에서 모델을 고르세요.</translation>
    </message>
    <message>
        <source>{ref} is not on this computer.</source>
        <translation>{ref}이(가) 이 컴퓨터에 없습니다.</translation>
    </message>
    <message>
        <source>Download it first, or pick a model folder.</source>
        <translation>먼저 다운로드하거나, 모델 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>The max length of {max_seq_length} tokens is more than the model {name} can read ({limit} tokens).</source>
        <translation>최대 길이 {max_seq_length} 토큰이 {name} 모델이 읽을 수 있는 길이({limit} 토큰)보다 깁니다.</translation>
    </message>
    <message>
        <source>Use {limit} or less.</source>
        <translation>{limit} 이하로 설정하세요.</translation>
    </message>
    <message>
        <source>The model in {folder} could not be loaded ({reason}).</source>
        <translation>{folder}에 있는 모델을 불러올 수 없습니다({reason}).</translation>
    </message>
    <message>
        <source>The model in {folder} could not be loaded.</source>
        <translation>{folder}에 있는 모델을 불러올 수 없습니다.</translation>
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
        <translation>이미 이 컴퓨터에 있습니다</translation>
    </message>
    <message>
        <source>is a {size} download (about 1 minute at {speed:g} Mbit/s)</source>
        <translation>{size} 크기로 다운로드해야 합니다({speed:g} Mbit/s 기준 약 1분)</translation>
    </message>
    <message>
        <source>is a {size} download (about {minutes} minutes at {speed:g} Mbit/s)</source>
        <translation>{size} 크기로 다운로드해야 합니다({speed:g} Mbit/s 기준 약 {minutes}분)</translation>
    </message>
    <message>
        <source>{model} knows {names} and {cost}.</source>
        <translatorcomment>{names} is a list of language names and {cost} a clause (&apos;이미 이 컴퓨터에 있습니다&apos; / &apos;… 다운로드해야 합니다&apos;); check the joined sentence reads well.</translatorcomment>
        <translation type="unfinished">{model}은(는) {names}을(를) 지원하며, {cost}.</translation>
    </message>
    <message>
        <source>{model} {cost}.</source>
        <translation>{model}은(는) {cost}.</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} 및 {last}</translation>
    </message>
    <message>
        <source>Your texts are in {names}.</source>
        <extracomment>Among models of the same size, the better choice first (e5-small scores higher on multilingual retrieval than paraphrase-multilingual-MiniLM-L12-v2 and knows Sinhala).</extracomment>
        <translation>텍스트 언어는 {names}입니다.</translation>
    </message>
    <message>
        <source>Your texts are in {names}. The chosen model, {model}, was trained on them.</source>
        <translation>텍스트 언어는 {names}입니다. 선택한 모델 {model}은(는) 이 언어로 학습되었습니다.</translation>
    </message>
    <message>
        <source>Your texts are in {names}. The chosen model, {model}, was not trained on {missing}: pick a model that knows them in the Base model step.</source>
        <translatorcomment>{missing} is a language list; used (으)로 particle.</translatorcomment>
        <translation type="unfinished">텍스트 언어는 {names}입니다. 선택한 모델 {model}은(는) {missing}(으)로 학습되지 않았습니다. 기본 모델 단계에서 이 언어를 아는 모델을 선택하세요.</translation>
    </message>
    <message>
        <source>Your texts are in {names}. The chosen model, {model}, was not trained on {missing}: it will understand little of them. The Base model step recommends {recommended}, which knows {names} and {cost}.</source>
        <translation>텍스트 언어는 {names}입니다. 선택한 모델 {model}은(는) {missing}(으)로 학습되지 않아 텍스트를 거의 이해하지 못합니다. 기본 모델 단계에서는 {recommended}을(를) 추천합니다. 이 모델은 {names}을(를) 지원하며, {cost}.</translation>
    </message>
    <message>
        <source>the folder {folder}</source>
        <translation>{folder} 폴더</translation>
    </message>
    <message>
        <source>the Hugging Face Hub ({ref}), downloaded to {path}</source>
        <translation>Hugging Face Hub의 {ref}({path}에 다운로드됨)</translation>
    </message>
    <message>
        <source>the Hugging Face Hub ({ref})</source>
        <translation>Hugging Face Hub의 {ref}</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder}은(는) 폴더가 아닙니다.</translation>
    </message>
    <message>
        <source>The folder {name} does not hold a model: a sentence-transformers or transformers model folder has a modules.json or config.json file in it.</source>
        <translation>{name} 폴더에 모델이 없습니다. sentence-transformers 또는 transformers 모델 폴더에는 modules.json 또는 config.json 파일이 있습니다.</translation>
    </message>
</context>
<context>
    <name>cli_common</name>
    <message>
        <source>reading the data file</source>
        <translation>데이터 파일 읽기</translation>
    </message>
    <message>
        <source>The workbook sheet to read (default: the first with a table).</source>
        <translation>읽을 통합 문서 시트입니다(기본값: 표가 있는 첫 번째 시트).</translation>
    </message>
    <message>
        <source>The text columns in order, comma-separated, e.g. --columns question,answer (three for anchor,positive,negative). Default: detected.</source>
        <translation>텍스트 열을 순서대로 쉼표로 구분해 지정합니다. 예: --columns question,answer(anchor,positive,negative는 세 개). 기본값: 자동 감지.</translation>
    </message>
    <message>
        <source>The score or label column (default: detected).</source>
        <translation>점수 또는 레이블 열입니다(기본값: 자동 감지).</translation>
    </message>
    <message>
        <source>For 0/1 labels: the value that means &quot;similar&quot; (default: 1).</source>
        <translation>0/1 레이블에서 &quot;비슷함&quot;을 뜻하는 값입니다(기본값: 1).</translation>
    </message>
    <message>
        <source>Text encoding, e.g. utf-8, cp1251, cp949 (default: detected).</source>
        <translation>텍스트 인코딩입니다. 예: utf-8, cp1251, cp949(기본값: 자동 감지).</translation>
    </message>
    <message>
        <source>comma, semicolon, tab, pipe or one character (default: detected).</source>
        <translatorcomment>Delimiter names comma/semicolon/tab/pipe kept in English because they are likely literal values the CLI accepts; verify.</translatorcomment>
        <translation type="unfinished">comma, semicolon, tab, pipe 또는 문자 하나(기본값: 자동 감지).</translation>
    </message>
    <message>
        <source>The first row is data, not column names (default: detected).</source>
        <translation>첫 행이 열 이름이 아니라 데이터입니다(기본값: 자동 감지).</translation>
    </message>
</context>
<context>
    <name>cli_distributed</name>
    <message>
        <source>Train with a training_config.json, on one or several GPUs (start it with torchrun for several).</source>
        <translation>training_config.json으로 GPU 하나 또는 여러 개에서 학습합니다(여러 개일 때는 torchrun으로 시작하세요).</translation>
    </message>
    <message>
        <source>Override the output folder.</source>
        <translation>출력 폴더를 덮어써서 지정합니다.</translation>
    </message>
    <message>
        <source>Replace an existing output.</source>
        <translation>기존 출력을 바꿉니다.</translation>
    </message>
    <message>
        <source>Allow the model&apos;s own program code to run (only for sources you trust).</source>
        <translation>모델의 자체 프로그램 코드 실행을 허용합니다(신뢰할 수 있는 출처일 때만).</translation>
    </message>
    <message>
        <source>Continue an interrupted run.</source>
        <translation>중단된 학습을 이어서 합니다.</translation>
    </message>
    <message>
        <source>CPU threads per process.</source>
        <translation>프로세스당 CPU 스레드 수입니다.</translation>
    </message>
    <message>
        <source>Note: {message} {hint}</source>
        <translation>참고: {message} {hint}</translation>
    </message>
    <message>
        <source>  step {step}  loss {loss:.4f}</source>
        <translation>  스텝 {step}  손실 {loss:.4f}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>  before training: {metric} {value}</source>
        <translation>  학습 전: {metric} {value}</translation>
    </message>
    <message>
        <source>  after training: {metric} {value}</source>
        <translation>  학습 후: {metric} {value}</translation>
    </message>
    <message>
        <source>Error (process {rank}): {error}</source>
        <translation>오류(프로세스 {rank}): {error}</translation>
    </message>
    <message>
        <source>Stopped; the model was not saved. Add --resume to continue from the last checkpoint.</source>
        <translation>중지했습니다. 모델은 저장되지 않았습니다. 마지막 체크포인트부터 이어서 하려면 --resume을 추가하세요.</translation>
    </message>
    <message>
        <source>Process {rank} of {world} saved the model in {folder}</source>
        <translation>프로세스 {rank}/{world}이(가) 모델을 {folder}에 저장했습니다</translation>
    </message>
    <message>
        <source>Process {rank} of {world} finished (the main process saves).</source>
        <translation>프로세스 {rank}/{world}이(가) 끝났습니다(저장은 주 프로세스가 합니다).</translation>
    </message>
</context>
<context>
    <name>cli_evaluate</name>
    <message>
        <source>Measure how well a model does on a spreadsheet.</source>
        <translation>스프레드시트로 모델이 얼마나 잘하는지 측정합니다.</translation>
    </message>
    <message>
        <source>Measure a model on the examples in a spreadsheet: for question/answer pairs how often the right answer comes first, for scored pairs how well the model agrees with the scores, and so on.</source>
        <translation>스프레드시트의 예시로 모델을 측정합니다. 질문/답변 쌍은 맞는 답변이 얼마나 자주 1위로 나오는지, 점수가 있는 쌍은 모델이 점수와 얼마나 일치하는지 등을 측정합니다.</translation>
    </message>
    <message>
        <source>The spreadsheet with examples to measure on.</source>
        <translation>측정에 쓸 예시가 담긴 스프레드시트입니다.</translation>
    </message>
    <message>
        <source>Model id from the list or a folder.</source>
        <translation>목록의 모델 ID 또는 폴더입니다.</translation>
    </message>
    <message>
        <source>Truncate texts.</source>
        <translation>텍스트를 이 길이로 자릅니다.</translation>
    </message>
    <message>
        <source>Allow a model&apos;s own program code.</source>
        <translation>모델의 자체 프로그램 코드를 허용합니다.</translation>
    </message>
    <message>
        <source>Print primary_metric, value and metrics as JSON.</source>
        <translation>primary_metric, value, metrics를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>No usable rows are in the file.</source>
        <translation>파일에 사용할 수 있는 행이 없습니다.</translation>
    </message>
    <message>
        <source>Check it with: main.py inspect FILE</source>
        <translation>다음 명령으로 확인하세요: main.py inspect FILE</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>{metric}: {value}  ({rows} rows)</source>
        <translation>{metric}: {value}  ({rows}개 행)</translation>
    </message>
</context>
<context>
    <name>cli_export</name>
    <message>
        <source>Export a trained model for other programs (ONNX, OpenVINO).</source>
        <extracomment>Exit status when the export was written but does not agree well enough with the original.</extracomment>
        <translation>학습된 모델을 다른 프로그램용으로 내보냅니다(ONNX, OpenVINO).</translation>
    </message>
    <message>
        <source>Write a model folder in a format other programs run fast, check that it gives the same vectors as the original and measure its speed. Formats: {formats}</source>
        <translation>다른 프로그램이 빠르게 실행할 수 있는 형식으로 모델 폴더를 만들고, 원래 모델과 같은 벡터를 내는지 확인한 뒤 속도를 측정합니다. 형식: {formats}</translation>
    </message>
    <message>
        <source>The model folder.</source>
        <translation>모델 폴더입니다.</translation>
    </message>
    <message>
        <source>The format to write.</source>
        <translation>저장할 형식입니다.</translation>
    </message>
    <message>
        <source>A new folder to write.</source>
        <translation>새로 만들 폴더입니다.</translation>
    </message>
    <message>
        <source>Replace --out if it holds an earlier export of this app (never anything else).</source>
        <translation>--out에 이 앱이 이전에 내보낸 결과가 있으면 바꿉니다(그 밖의 것은 절대 바꾸지 않습니다).</translation>
    </message>
    <message>
        <source>A text file, one text per line, for the agreement check (default: the model&apos;s held-out rows, else built-in samples).</source>
        <translation>일치 여부 확인에 쓸 텍스트 파일로, 한 줄에 텍스트 하나씩 씁니다(기본값: 모델의 검증용 행, 없으면 내장 샘플).</translation>
    </message>
    <message>
        <source>Texts encoded per speed measurement (default 64).</source>
        <translation>속도를 한 번 측정할 때 인코딩할 텍스트 수입니다(기본값 64).</translation>
    </message>
    <message>
        <source>Speed measurements to take the median of.</source>
        <translation>속도 측정 횟수입니다(그 중앙값을 씁니다).</translation>
    </message>
    <message>
        <source>The text file {path} does not exist.</source>
        <translation>텍스트 파일 {path}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>경로를 확인하세요.</translation>
    </message>
    <message>
        <source>The text file {path} is not UTF-8 text.</source>
        <translation>텍스트 파일 {path}은(는) UTF-8 텍스트가 아닙니다.</translation>
    </message>
    <message>
        <source>Save it as UTF-8, one text per line.</source>
        <translation>UTF-8로, 한 줄에 텍스트 하나씩 저장하세요.</translation>
    </message>
    <message>
        <source>The text file {path} has no text.</source>
        <translation>텍스트 파일 {path}에 텍스트가 없습니다.</translation>
    </message>
    <message>
        <source>Write one text per line.</source>
        <translation>한 줄에 텍스트 하나씩 쓰세요.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>중지하는 중…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>취소했습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Agreement with the original on {texts} texts ({source}): mean cosine {mean:.4f}, lowest {lowest:.4f}.</source>
        <translation>텍스트 {texts}개({source})에서 원래 모델과의 일치도: 평균 코사인 {mean:.4f}, 최저 {lowest:.4f}.</translation>
    </message>
    <message>
        <source>Speed on this CPU ({threads} threads, {texts} texts, median of {repeats}): {exported:.3f} s vs {original:.3f} s for the original = {speedup:.2f}x.</source>
        <translation>이 CPU에서의 속도(스레드 {threads}개, 텍스트 {texts}개, {repeats}회 측정의 중앙값): {exported:.3f}초, 원래 모델은 {original:.3f}초 = {speedup:.2f}배.</translation>
    </message>
    <message>
        <source>Size: {size:.1f} MB (original weights {original:.1f} MB).</source>
        <translation>크기: {size:.1f} MB(원래 가중치 {original:.1f} MB).</translation>
    </message>
    <message>
        <source>Warning: {note}</source>
        <translation>경고: {note}</translation>
    </message>
    <message>
        <source>Exported to {folder} (see README.md there).</source>
        <translation>{folder}(으)로 내보냈습니다(그 폴더의 README.md 참고).</translation>
    </message>
</context>
<context>
    <name>cli_inspect</name>
    <message>
        <source>Show what EmbedTune makes of a data file: columns, shape, problems.</source>
        <translation>EmbedTune이 데이터 파일을 어떻게 이해하는지 보여 줍니다: 열, 데이터 형태, 문제.</translation>
    </message>
    <message>
        <source>Read a data file and report its columns, shape, fitting loss and problems.</source>
        <translation>데이터 파일을 읽고 열, 데이터 형태, 알맞은 손실 함수, 문제를 보고합니다.</translation>
    </message>
    <message>
        <source>The data file (.csv .tsv .txt .xlsx .xls .ods .json .jsonl .parquet).</source>
        <translation>데이터 파일입니다(.csv .tsv .txt .xlsx .xls .ods .json .jsonl .parquet).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>JSON 객체 하나를 출력합니다.</translation>
    </message>
    <message>
        <source>Check lengths, unknown words and how well it knows each language of the texts, with this model&apos;s tokenizer (on this computer).</source>
        <translation>이 모델의 토크나이저로(이 컴퓨터에서) 텍스트 길이, 모르는 단어, 텍스트의 각 언어를 얼마나 잘 아는지 확인합니다.</translation>
    </message>
    <message>
        <source>The file &apos;{path}&apos; does not exist.</source>
        <translation>&apos;{path}&apos; 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Check the name and the folder.</source>
        <translation>이름과 폴더를 확인하세요.</translation>
    </message>
    <message>
        <source>first text</source>
        <translation>첫 번째 텍스트</translation>
    </message>
    <message>
        <source>second text</source>
        <translation>두 번째 텍스트</translation>
    </message>
    <message>
        <source>anchor</source>
        <translatorcomment>Role names anchor/positive/negative: translated with the English word in brackets since CLI users may see the English names in --columns; may be too long for a table.</translatorcomment>
        <translation type="unfinished">기준 문장(anchor)</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>유사 문장(positive)</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>비유사 문장(negative)</translation>
    </message>
    <message>
        <source>sentence 1</source>
        <translation>문장 1</translation>
    </message>
    <message>
        <source>sentence 2</source>
        <translation>문장 2</translation>
    </message>
    <message>
        <source>score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>label (0/1)</source>
        <translation>레이블(0/1)</translation>
    </message>
    <message>
        <source>class</source>
        <translatorcomment>&apos;class&apos; as a column role (class label) → 분류; could be 클래스.</translatorcomment>
        <translation type="unfinished">분류</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <source>File:      {path}</source>
        <translation>파일:      {path}</translation>
    </message>
    <message>
        <source>Format:    {format}</source>
        <translation>형식:      {format}</translation>
    </message>
    <message>
        <source>Encoding:  {encoding}</source>
        <translation>인코딩:    {encoding}</translation>
    </message>
    <message>
        <source>Delimiter: {delimiter}</source>
        <translation>구분 기호: {delimiter}</translation>
    </message>
    <message>
        <source>Sheet:     {sheet} (other sheets: {others})</source>
        <translation>시트:      {sheet}(다른 시트: {others})</translation>
    </message>
    <message>
        <source>Sheet:     {sheet}</source>
        <translation>시트:      {sheet}</translation>
    </message>
    <message>
        <source>Rows:      {rows} (first row holds column names)</source>
        <translation>행:        {rows}개(첫 행은 열 이름)</translation>
    </message>
    <message>
        <source>Rows:      {rows} (no header row)</source>
        <translation>행:        {rows}개(머리글 행 없음)</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>열:</translation>
    </message>
    <message>
        <source>Data:      {shape}</source>
        <translation>데이터:    {shape}</translation>
    </message>
    <message>
        <source>           &apos;{positive}&apos; in &apos;{label}&apos; is taken to mean similar (change with --positive-label).</source>
        <translation>           &apos;{label}&apos; 열의 &apos;{positive}&apos; 값을 “비슷함”으로 간주합니다(--positive-label로 변경).</translation>
    </message>
    <message>
        <source>Loss:      {loss} (recommended)</source>
        <translation>손실 함수: {loss}(추천)</translation>
    </message>
    <message>
        <source>           also possible: {losses}</source>
        <translation>           그 밖에 사용 가능: {losses}</translation>
    </message>
    <message>
        <source>Tokens ({model}, reads {limit}):</source>
        <translation>토큰({model}, 최대 {limit}개 읽음):</translation>
    </message>
    <message>
        <source>  {column}: min {min}, mean {mean}, p95 {p95}, max {max}</source>
        <translation>  {column}: 최소 {min}, 평균 {mean}, 95번째 백분위 {p95}, 최대 {max}</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>  {language} ({texts} texts checked): {verdict} [{pieces:g} pieces per word, {unknown:.0%} unknown]</source>
        <translation>  {language}(텍스트 {texts}개 확인): {verdict} [단어당 조각 {pieces:g}개, 모르는 단어 {unknown:.0%}]</translation>
    </message>
    <message>
        <source>Measure:   {split}</source>
        <translation>측정:      {split}</translation>
    </message>
    <message>
        <source>           The result cannot be measured: {reason}</source>
        <translation>           결과를 측정할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>           What to do: {advice}</source>
        <translation>           해결 방법: {advice}</translation>
    </message>
    <message>
        <source>Problems:  {count} ({errors} rows left out of training)</source>
        <translation>문제:      {count}개(학습에서 제외된 행 {errors}개)</translation>
    </message>
    <message>
        <source>row {row}, {column}</source>
        <translation>{row}행, {column}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>{row}행</translation>
    </message>
    <message>
        <source>  … and {count} more (see --json).</source>
        <translation>  … 외 {count}개(--json 참고).</translation>
    </message>
    <message>
        <source>Problems:  none</source>
        <translation>문제:      없음</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>경고:</translation>
    </message>
    <message>
        <source>    What to do: {hint}</source>
        <translation>    해결 방법: {hint}</translation>
    </message>
</context>
<context>
    <name>cli_main</name>
    <message>
        <source>{prog}: {message}. Run &apos;{prog} --help&apos; for the options.</source>
        <translation>{prog}: {message}. 옵션은 &apos;{prog} --help&apos;를 실행해 확인하세요.</translation>
    </message>
    <message>
        <source>{app} command line.</source>
        <translation>{app} 명령줄 도구.</translation>
    </message>
    <message>
        <source>Error: {error}</source>
        <translation>오류: {error}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
</context>
<context>
    <name>cli_package_run</name>
    <message>
        <source>Pack a training run to run on another (bigger) machine.</source>
        <translation>학습 실행을 묶어 다른(더 성능 좋은) 컴퓨터에서 실행합니다.</translation>
    </message>
    <message>
        <source>Write a self-contained folder with the data, the settings, the app&apos;s training code and scripts (run.sh, run.ps1, run.bat) that train on all GPUs of the machine the folder is copied to. The trained model appears in its output/ folder.</source>
        <translation>데이터, 설정, 앱의 학습 코드, 스크립트(run.sh, run.ps1, run.bat)가 담긴 독립 폴더를 만듭니다. 이 스크립트는 폴더를 복사한 컴퓨터의 모든 GPU로 학습합니다. 학습된 모델은 폴더 안의 output/ 폴더에 생깁니다.</translation>
    </message>
    <message>
        <source>The training_config.json to pack.</source>
        <translation>묶을 training_config.json입니다.</translation>
    </message>
    <message>
        <source>A new folder to write.</source>
        <translation>새로 만들 폴더입니다.</translation>
    </message>
    <message>
        <source>Replace --out if it holds an earlier packed run (never anything else).</source>
        <translation>--out에 이전에 묶은 학습 실행이 있으면 바꿉니다(그 밖의 것은 절대 바꾸지 않습니다).</translation>
    </message>
    <message>
        <source>Packed the run into {folder} ({size:.1f} MB).</source>
        <translation>학습 실행을 {folder}에 묶었습니다({size:.1f} MB).</translation>
    </message>
    <message>
        <source>The base model is included; the other machine needs no download.</source>
        <translation>기본 모델이 포함되어 있어 다른 컴퓨터에서 다운로드할 필요가 없습니다.</translation>
    </message>
    <message>
        <source>The other machine downloads the base model {model} when it starts.</source>
        <translation>다른 컴퓨터가 시작할 때 기본 모델 {model}을(를) 다운로드합니다.</translation>
    </message>
    <message>
        <source>Copy the folder to the other machine and start run.sh there (run.ps1 on Windows);
the trained model appears in {folder}/ (see README.md in the folder).</source>
        <translation>폴더를 다른 컴퓨터에 복사한 뒤 거기서 run.sh를 실행하세요(Windows에서는 run.ps1).
학습된 모델은 {folder}/에 생깁니다(폴더 안의 README.md 참고).</translation>
    </message>
</context>
<context>
    <name>cli_similarity</name>
    <message>
        <source>Print how similar a model finds some sentences (cosine similarity matrix).</source>
        <translation>모델이 문장들을 얼마나 비슷하게 보는지 출력합니다(코사인 유사도 행렬).</translation>
    </message>
    <message>
        <source>Print the cosine similarity matrix of the sentences under a model.</source>
        <translation>모델로 계산한 문장들의 코사인 유사도 행렬을 출력합니다.</translation>
    </message>
    <message>
        <source>A model from the catalogue, a Hub id, or a model folder on this computer.</source>
        <translation>카탈로그의 모델, Hub ID 또는 이 컴퓨터의 모델 폴더입니다.</translation>
    </message>
    <message>
        <source>Print one JSON object: {&quot;sentences&quot;: [...], &quot;matrix&quot;: [[...]]}.</source>
        <translation>JSON 객체 하나를 출력합니다: {&quot;sentences&quot;: [...], &quot;matrix&quot;: [[...]]}.</translation>
    </message>
    <message>
        <source>Compare the sentences against these instead of against each other.</source>
        <translation>문장끼리 비교하지 않고 이 문장들과 비교합니다.</translation>
    </message>
    <message>
        <source>cpu, cuda or mps (default: automatic).</source>
        <translation>cpu, cuda 또는 mps(기본값: 자동).</translation>
    </message>
    <message>
        <source>Sentences to compare.</source>
        <translation>비교할 문장입니다.</translation>
    </message>
    <message>
        <source>No sentences were given.</source>
        <translation>주어진 문장이 없습니다.</translation>
    </message>
    <message>
        <source>Pass at least one sentence.</source>
        <translation>문장을 하나 이상 지정하세요.</translation>
    </message>
</context>
<context>
    <name>cli_train</name>
    <message>
        <source>Fine-tune a model on a spreadsheet.</source>
        <extracomment>Exit status after a run stopped with Ctrl-C (the model so far is saved). Exit status after a run stopped by SIGTERM (the model so far is saved). Signals that stop a run gracefully: finish the step, save, exit.</extracomment>
        <translation>스프레드시트로 모델을 미세 조정합니다.</translation>
    </message>
    <message>
        <source>Fine-tune a sentence-embedding model on the examples in a spreadsheet and save it to a folder. Settings not given are taken from --config, else chosen automatically. {automatic}</source>
        <translation>스프레드시트의 예시로 문장 임베딩 모델을 미세 조정하고 폴더에 저장합니다. 지정하지 않은 설정은 --config에서 가져오고, 없으면 자동으로 정합니다. {automatic}</translation>
    </message>
    <message>
        <source>The spreadsheet to train on.</source>
        <translation>학습에 쓸 스프레드시트입니다.</translation>
    </message>
    <message>
        <source>Model id from the list or a folder.</source>
        <translation>목록의 모델 ID 또는 폴더입니다.</translation>
    </message>
    <message>
        <source>Folder to save the model.</source>
        <translation>모델을 저장할 폴더입니다.</translation>
    </message>
    <message>
        <source>Loss by name or alias (mnrl, cmnrl, cosent, angle, cosine, contrastive, online-contrastive, softmax, triplet). Default: the one recommended for the data.</source>
        <translation>손실 함수 이름 또는 별칭(mnrl, cmnrl, cosent, angle, cosine, contrastive, online-contrastive, softmax, triplet). 기본값: 데이터에 추천되는 손실 함수.</translation>
    </message>
    <message>
        <source>training</source>
        <translatorcomment>&apos;training&apos; is an argparse option-group title → 학습.</translatorcomment>
        <translation type="unfinished">학습</translation>
    </message>
    <message>
        <source>A separate file to measure on.</source>
        <translation>측정에 쓸 별도 파일입니다.</translation>
    </message>
    <message>
        <source>Share of rows kept apart to measure the model (default 0.1; 0 = off).</source>
        <translation>모델 측정용으로 따로 둘 행의 비율입니다(기본값 0.1, 0 = 사용 안 함).</translation>
    </message>
    <message>
        <source>Also train shortened vectors of these sizes, e.g. 256,128,64 (each at most the model&apos;s own size).</source>
        <translation>이 크기로 줄인 벡터도 학습합니다. 예: 256,128,64(각각 모델 자체 크기 이하).</translation>
    </message>
    <message>
        <source>For question/answer pairs: before training, find N answers per question that look right but are wrong, and learn from them too (0 = off; 3 examples are printed).</source>
        <translation>질문/답변 쌍용: 학습 전에 질문마다 맞아 보이지만 틀린 답변을 N개 찾아 함께 학습합니다(0 = 사용 안 함, 예시 3개를 출력합니다).</translation>
    </message>
    <message>
        <source>Continue a run.</source>
        <translation>학습 실행을 이어서 합니다.</translation>
    </message>
    <message>
        <source>Replace an existing --out.</source>
        <translation>기존 --out을 바꿉니다.</translation>
    </message>
    <message>
        <source>Allow a model&apos;s own program code to run (only for sources you trust).</source>
        <translation>모델의 자체 프로그램 코드 실행을 허용합니다(신뢰할 수 있는 출처일 때만).</translation>
    </message>
    <message>
        <source>CPU threads to use (default: every core).</source>
        <translation>사용할 CPU 스레드 수입니다(기본값: 모든 코어).</translation>
    </message>
    <message>
        <source>Find the best settings: try a few learning rates and losses on the same held-out rows within --time-budget, keep the best model, and print what was tried.</source>
        <translation>최적의 설정 찾기: --time-budget 안에서 같은 검증용 행으로 몇 가지 학습률과 손실 함수를 시도하고, 가장 좋은 모델을 남기고, 시도한 내용을 출력합니다.</translation>
    </message>
    <message>
        <source>About how long training may take: sizes the automatic number of passes (default 30), and the whole search with --search (default 30).</source>
        <translatorcomment>Unclear whether &apos;default 30&apos; is minutes in both places; translated literally without a unit.</translatorcomment>
        <translation type="unfinished">학습에 걸려도 되는 대략적인 시간입니다. 자동으로 정하는 에포크 수(기본값 30)와 --search 사용 시 전체 탐색 시간(기본값 30)의 기준이 됩니다.</translation>
    </message>
    <message>
        <source>Start from a training_config.json; other options override it.</source>
        <translation>training_config.json에서 시작합니다. 다른 옵션이 그 값을 덮어씁니다.</translation>
    </message>
    <message>
        <source>Print one JSON object per event on stdout instead of text.</source>
        <translation>텍스트 대신 이벤트마다 JSON 객체 하나를 stdout에 출력합니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a list of vector sizes.</source>
        <translation>&apos;{value}&apos;은(는) 벡터 크기 목록이 아닙니다.</translation>
    </message>
    <message>
        <source>Write them like 256,128,64.</source>
        <translation>256,128,64처럼 쓰세요.</translation>
    </message>
    <message>
        <source>No Matryoshka sizes were given.</source>
        <translation>Matryoshka 크기가 지정되지 않았습니다.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>참고: {note}</translation>
    </message>
    <message>
        <source>No training file was given.</source>
        <translation>학습 파일이 지정되지 않았습니다.</translation>
    </message>
    <message>
        <source>Name the spreadsheet: train FILE ...</source>
        <translation>스프레드시트 이름을 지정하세요: train FILE ...</translation>
    </message>
    <message>
        <source>No output folder was given.</source>
        <translation>출력 폴더가 지정되지 않았습니다.</translation>
    </message>
    <message>
        <source>Add --out DIR for the trained model.</source>
        <translation>학습된 모델을 저장할 --out DIR을 추가하세요.</translation>
    </message>
    <message>
        <source>  question:     {question}</source>
        <translation>  질문:         {question}</translation>
    </message>
    <message>
        <source>  right answer: {answer}  (similarity {score:.2f})</source>
        <translation>  정답:         {answer}  (유사도 {score:.2f})</translation>
    </message>
    <message>
        <source>  taught wrong: {answer}  (similarity {score:.2f})</source>
        <translatorcomment>CLI column alignment with &apos;question:&apos; / &apos;right answer:&apos; labels; Korean label widths differ in a terminal — alignment approximate.</translatorcomment>
        <translation type="unfinished">  오답으로 학습: {answer}  (유사도 {score:.2f})</translation>
    </message>
    <message>
        <source>  If a &apos;taught wrong&apos; answer is in fact right, press Ctrl-C and train again without --hard-negatives.</source>
        <translation>  &apos;오답으로 학습&apos;한 답변이 실제로는 맞는 답변이라면 Ctrl-C를 누르고 --hard-negatives 없이 다시 학습하세요.</translation>
    </message>
    <message>
        <source>  Note: {note}</source>
        <translation>  참고: {note}</translation>
    </message>
    <message>
        <source>Note: {message} {hint}</source>
        <translation>참고: {message} {hint}</translation>
    </message>
    <message>
        <source>  step {step}  epoch {epoch:.2f}  loss {loss:.4f}</source>
        <translation>  스텝 {step}  에포크 {epoch:.2f}  손실 {loss:.4f}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>  before training: {metric}: {value}</source>
        <translation>  학습 전: {metric}: {value}</translation>
    </message>
    <message>
        <source>  after training: {metric}: {value}</source>
        <translation>  학습 후: {metric}: {value}</translation>
    </message>
    <message>
        <source>Stopping after the current step and saving what was learned (Ctrl-C again to abort without saving)…</source>
        <translation>현재 스텝이 끝나면 중지하고 지금까지 배운 내용을 저장합니다(저장하지 않고 중단하려면 Ctrl-C를 한 번 더 누르세요)…</translation>
    </message>
    <message>
        <source>The system asked the app to close. {stopping}</source>
        <translation>시스템이 앱 종료를 요청했습니다. {stopping}</translation>
    </message>
    <message>
        <source>Result: {change}.</source>
        <translation>결과: {change}.</translation>
    </message>
    <message>
        <source>Model stopped early; saved what was learned in {folder}</source>
        <translation>모델이 일찍 중지되었습니다. 지금까지 배운 내용을 {folder}에 저장했습니다</translation>
    </message>
    <message>
        <source>Model saved in {folder}</source>
        <translation>모델을 {folder}에 저장했습니다</translation>
    </message>
    <message>
        <source>Settings tried (main measure on the held-out rows after training):</source>
        <extracomment>Options whose value, when given, the automatic plan never changes.</extracomment>
        <translation>시도한 설정(학습 후 검증용 행에서 측정한 주요 측정값):</translation>
    </message>
    <message>
        <source>  {loss}, learning rate {rate:g}, {epochs:g} passes: {status}  &lt;- kept</source>
        <translation>  {loss}, 학습률 {rate:g}, 에포크 {epochs:g}회: {status}  &lt;- 채택</translation>
    </message>
    <message>
        <source>  {loss}, learning rate {rate:g}, {epochs:g} passes: {status}</source>
        <translation>  {loss}, 학습률 {rate:g}, 에포크 {epochs:g}회: {status}</translation>
    </message>
    <message>
        <source>Verdict: {verdict}. {sentence}</source>
        <translation>판정: {verdict}. {sentence}</translation>
    </message>
</context>
<context>
    <name>config</name>
    <message>
        <source>This file asked to replace the output folder if it already exists; that is only done when you confirm it yourself, so it is off.</source>
        <extracomment>The model used when none is named: the one that ships with the app and works offline. Settings that are permissions of this session, never read from (nor written to) a file: replacing the output folder, continuing into it (which replaces it too), and running a model&apos;s own program code. Only the user&apos;s act (a command-line flag, a confirmation in the window) switches them on. What the user is told when a file asked for one of :data:`SESSION_ONLY_FIELDS`.</extracomment>
        <translation>이 파일은 출력 폴더가 이미 있으면 바꾸도록 요청했습니다. 이 작업은 직접 확인할 때만 하므로 꺼 두었습니다.</translation>
    </message>
    <message>
        <source>This file asked to continue an earlier run in its output folder; that is only done when you ask for it yourself, so it is off.</source>
        <translation>이 파일은 출력 폴더에서 이전 학습 실행을 이어서 하도록 요청했습니다. 이 작업은 직접 요청할 때만 하므로 꺼 두었습니다.</translation>
    </message>
    <message>
        <source>This file asked to run the model&apos;s own program code; that is only allowed when you confirm it yourself, so it is off.</source>
        <translation>이 파일은 모델의 자체 프로그램 코드를 실행하도록 요청했습니다. 이 작업은 직접 확인할 때만 허용하므로 꺼 두었습니다.</translation>
    </message>
    <message>
        <source>a piece of text</source>
        <extracomment>A settings or project file larger than this is not one the app wrote. Bounds every number is checked against (:func:`setting_problems`). No model the app can train reads more tokens than this; the model&apos;s own limit is checked too when its folder is on this computer. Most mined wrong answers per question/answer pair (each is one more text per row a step). Longest time budget for &quot;find the best settings for me&quot; (a day). How each setting is typed in a file: the kind checked by :func:`_checked_value`.</extracomment>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>a piece of text (or empty)</source>
        <translation>텍스트(또는 빈 값)</translation>
    </message>
    <message>
        <source>true, false or empty</source>
        <translation>true, false 또는 빈 값</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <source>a list of column names</source>
        <translation>열 이름 목록</translation>
    </message>
    <message>
        <source>a list of whole numbers</source>
        <translation>정수 목록</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>a number (or empty)</source>
        <translation>숫자(또는 빈 값)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>정수</translation>
    </message>
    <message>
        <source>a whole number (or empty)</source>
        <translation>정수(또는 빈 값)</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>{choices} 중 하나</translation>
    </message>
    <message>
        <source>The setting &apos;{name}&apos; holds an invisible NUL character, which no name or path has.</source>
        <translation>&apos;{name}&apos; 설정에 보이지 않는 NUL 문자가 들어 있습니다. 이름이나 경로에는 이런 문자가 없습니다.</translation>
    </message>
    <message>
        <source>Fix or remove this setting in the file, or pick a file written by this app.</source>
        <translation>파일에서 이 설정을 고치거나 지우세요. 또는 이 앱이 만든 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>The setting &apos;{name}&apos; should be {kind}, but the file has {shown}.</source>
        <translation>&apos;{name}&apos; 설정에는 {kind}이(가) 들어가야 하지만, 파일의 값은 {shown}입니다.</translation>
    </message>
    <message>
        <source>The settings are not a list of named values.</source>
        <translation>설정이 이름이 붙은 값의 목록이 아닙니다.</translation>
    </message>
    <message>
        <source>Pick a file written by this app.</source>
        <translation>이 앱이 만든 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>The configuration has settings this version does not know: {names}.</source>
        <translation>구성에 이 버전이 모르는 설정이 있습니다: {names}.</translation>
    </message>
    <message>
        <source>Remove them, or use the version of the app that wrote the file.</source>
        <translation>이 설정을 지우거나, 파일을 만든 버전의 앱을 사용하세요.</translation>
    </message>
    <message>
        <source>The configuration file {name} is not an ordinary file of at most {megabytes} MB.</source>
        <translation>구성 파일 {name}은(는) {megabytes} MB 이하의 일반 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>Pick a training_config.json written by this app.</source>
        <translation>이 앱이 만든 training_config.json을 선택하세요.</translation>
    </message>
    <message>
        <source>The configuration file {path} does not exist.</source>
        <translation>구성 파일 {path}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>경로를 확인하세요.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a configuration file.</source>
        <translation>{path}은(는) 구성 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>The configuration file {name} is not valid JSON ({error}).</source>
        <translation>구성 파일 {name}은(는) 올바른 JSON이 아닙니다({error}).</translation>
    </message>
    <message>
        <source>Could not read {name} ({error}).</source>
        <translation>{name}을(를) 읽을 수 없습니다({error}).</translation>
    </message>
    <message>
        <source>Check that you may read the file.</source>
        <translation>파일을 읽을 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>The configuration file {name} does not hold settings.</source>
        <translation>구성 파일 {name}에 설정이 없습니다.</translation>
    </message>
    <message>
        <source>The number of epochs must be above 0 and at most {most:g} (it is {value}).</source>
        <translation>에포크 수는 0보다 크고 {most:g} 이하여야 합니다(현재 {value}).</translation>
    </message>
    <message>
        <source>1 to 4 epochs is usual; use a fraction such as 0.5 for half a pass.</source>
        <translation>보통 1~4 에포크를 씁니다. 데이터를 절반만 한 바퀴 돌게 하려면 0.5처럼 소수를 쓰세요.</translation>
    </message>
    <message>
        <source>The batch size must be a whole number from 1 to {most} (it is {value}).</source>
        <translation>배치 크기는 1에서 {most} 사이의 정수여야 합니다(현재 {value}).</translation>
    </message>
    <message>
        <source>16 or 32 is usual; lower it if the computer runs out of memory.</source>
        <translation>보통 16이나 32를 씁니다. 컴퓨터의 메모리가 부족하면 낮추세요.</translation>
    </message>
    <message>
        <source>The learning rate must be a number above 0 and below 1 (it is {value}).</source>
        <translation>학습률은 0보다 크고 1보다 작은 숫자여야 합니다(현재 {value}).</translation>
    </message>
    <message>
        <source>Values from 1e-5 to 1e-4 are usual; 2e-5 is a safe start.</source>
        <translation>보통 1e-5에서 1e-4 사이 값을 씁니다. 2e-5로 시작하면 안전합니다.</translation>
    </message>
    <message>
        <source>The max length must be a whole number of tokens from {least} to {most:,} (it is {value}).</source>
        <translation>최대 길이는 {least}에서 {most:,} 사이의 정수(토큰 수)여야 합니다(현재 {value}).</translation>
    </message>
    <message>
        <source>Leave it empty to use the model&apos;s own length; 128 to 512 is usual.</source>
        <translation>모델 자체 길이를 쓰려면 비워 두세요. 보통 128~512를 씁니다.</translation>
    </message>
    <message>
        <source>The max length of {value} tokens is more than this model can read ({limit} tokens).</source>
        <translation>최대 길이 {value} 토큰이 이 모델이 읽을 수 있는 길이({limit} 토큰)보다 깁니다.</translation>
    </message>
    <message>
        <source>Use {limit} or less.</source>
        <translation>{limit} 이하로 설정하세요.</translation>
    </message>
    <message>
        <source>The share of rows kept for measuring must be from 0 to {most} (it is {value}).</source>
        <translation>측정용으로 따로 둘 행의 비율은 0에서 {most} 사이여야 합니다(현재 {value}).</translation>
    </message>
    <message>
        <source>0.1 (one row in ten) is usual; 0 turns measuring off.</source>
        <translation>보통 0.1(10행 중 1행)을 씁니다. 0이면 측정하지 않습니다.</translation>
    </message>
    <message>
        <source>The step limit must be a whole number of at least 1 (it is {value}).</source>
        <translation>스텝 제한은 1 이상의 정수여야 합니다(현재 {value}).</translation>
    </message>
    <message>
        <source>The steps between quality checks must be a whole number of at least 1 (it is {value}).</source>
        <translation>품질 확인 간격(스텝)은 1 이상의 정수여야 합니다(현재 {value}).</translation>
    </message>
    <message>
        <source>The steps between checkpoints must be a whole number of at least 1 (it is {value}).</source>
        <translation>체크포인트 간격(스텝)은 1 이상의 정수여야 합니다(현재 {value}).</translation>
    </message>
    <message>
        <source>The steps between loss reports must be a whole number of at least 1 (it is {value}).</source>
        <translation>손실 보고 간격(스텝)은 1 이상의 정수여야 합니다(현재 {value}).</translation>
    </message>
    <message>
        <source>Leave it empty for the automatic choice.</source>
        <translation>자동으로 정하려면 비워 두세요.</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to {most} (it is {value}).</source>
        <translation>시드는 0에서 {most} 사이의 정수여야 합니다(현재 {value}).</translation>
    </message>
    <message>
        <source>Any number such as 42 works; the same seed repeats the same run.</source>
        <translation>42처럼 어떤 숫자든 쓸 수 있습니다. 같은 시드를 쓰면 같은 학습 결과가 나옵니다.</translation>
    </message>
    <message>
        <source>The warm-up share must be from 0 to 1 (it is {value}).</source>
        <translation>워밍업 비율은 0에서 1 사이여야 합니다(현재 {value}).</translation>
    </message>
    <message>
        <source>0.1 (the first tenth of the steps) is usual.</source>
        <translation>보통 0.1(전체 스텝의 처음 10분의 1)을 씁니다.</translation>
    </message>
    <message>
        <source>The weight decay must be from 0 to 1 (it is {value}).</source>
        <translation>가중치 감쇠는 0에서 1 사이여야 합니다(현재 {value}).</translation>
    </message>
    <message>
        <source>0.01 is usual.</source>
        <translation>보통 0.01을 씁니다.</translation>
    </message>
    <message>
        <source>Each shortened vector size must be a whole number of at least 1 (not {sizes}).</source>
        <translation>줄인 벡터 크기는 각각 1 이상의 정수여야 합니다({sizes}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <source>Write sizes smaller than the model&apos;s own, such as 256,128,64.</source>
        <translation>모델 자체 크기보다 작은 크기를 256,128,64처럼 쓰세요.</translation>
    </message>
    <message>
        <source>The shortened vector sizes repeat a size.</source>
        <translation>줄인 벡터 크기에 같은 크기가 두 번 이상 있습니다.</translation>
    </message>
    <message>
        <source>Give each size once, such as 256,128,64.</source>
        <translation>256,128,64처럼 각 크기를 한 번씩만 쓰세요.</translation>
    </message>
    <message>
        <source>The number of wrong answers to find per question must be a whole number from 0 to {most} (it is {value}).</source>
        <translation>질문당 찾을 오답 수는 0에서 {most} 사이의 정수여야 합니다(현재 {value}).</translation>
    </message>
    <message>
        <source>1 to 3 is usual; 0 turns it off.</source>
        <translation>보통 1~3을 씁니다. 0이면 사용하지 않습니다.</translation>
    </message>
    <message>
        <source>The time for finding the best settings must be from 1 to {most:g} minutes (it is {value}).</source>
        <translation>최적의 설정을 찾는 시간은 1분에서 {most:g}분 사이여야 합니다(현재 {value}).</translation>
    </message>
    <message>
        <source>30 to 120 minutes is usual; leave it empty to train once with the automatic settings.</source>
        <translation>보통 30~120분을 씁니다. 자동 설정으로 한 번만 학습하려면 비워 두세요.</translation>
    </message>
    <message>
        <source>The number format &apos;{value}&apos; is not one the app knows.</source>
        <translation>숫자 형식 &apos;{value}&apos;은(는) 앱이 모르는 형식입니다.</translation>
    </message>
    <message>
        <source>Use one of {choices}.</source>
        <translation>{choices} 중 하나를 사용하세요.</translation>
    </message>
    <message>
        <source>The number of CPU threads must be from 1 to {cores}, the cores of this computer (it is {value}).</source>
        <translation>CPU 스레드 수는 1에서 이 컴퓨터의 코어 수인 {cores} 사이여야 합니다(현재 {value}).</translation>
    </message>
    <message>
        <source>Leave it out to use every core.</source>
        <translation>모든 코어를 사용하려면 지정하지 마세요.</translation>
    </message>
    <message>
        <source>The learning rate must be a small number such as 2e-5.</source>
        <extracomment>The problem of a learning rate that is no number at all (as typed in a form).</extracomment>
        <translation>학습률은 2e-5처럼 작은 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>Values from 1e-5 to 1e-4 are usual.</source>
        <translation>보통 1e-5에서 1e-4 사이 값을 씁니다.</translation>
    </message>
</context>
<context>
    <name>coverage</name>
    <message>
        <source>Sinhala</source>
        <extracomment>Share of unknown tokens above which a model &quot;does not know&quot; a language. Sinhala under all-MiniLM-L6-v2 gives 0.86-0.87; a vocabulary trained on Sinhala gives 0.00-0.01. Share of unknown tokens above which a model knows a language only partly (the old ``unknown-tokens`` limit: one word in twenty read as &quot;unknown&quot; already hurts). Share of pieces covering at most one letter above which the model reads letter by letter. all-MiniLM-L6-v2 gives 0.96-1.00 on Russian and Korean (jamo), 0.07-0.18 on English; a WordPiece vocabulary trained on Sinhala/Korean/Russian gives 0.18-0.29 on held-out rows (a whole Hangul syllable or Han character counts as more than a letter). Tokens per word, as a multiple of the English yardstick, above which a model cuts words into letters whatever the single-letter share says. MiniLM: Russian 5.3-5.5x, Korean 4.5-6.9x. The tiny trained vocabulary gives 0.9-1.6x; multilingual tokenizers are studied by fertility in Rust et al., &quot;How good is your tokenizer?&quot; (ACL 2021); their figures were not re-checked here, so the limit leaves a wide margin above what a known script needs. Above these the model knows the language only partly: many words come in several pieces. Highest English yardstick (tokens per word); all-MiniLM-L6-v2 gives 1.04 on the reference. Texts of one language measured (the first ones; enough for a stable share). Fewer words than this in a language and no verdict is given for it (too little to judge). A script with less than this share of all words is left out: a few English names in a Korean data set (&quot;NASA&quot;, &quot;TV&quot;) say nothing about the data&apos;s language. Script name -&gt; (ISO 639-1 code, language name) when the script names one language. The names stay English in the data (JSON, model cards); :func:`language_name` translates one for display (they are marked under the context &quot;coverage&quot;).</extracomment>
        <translation>싱할라어</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>러시아어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>중국어</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>일본어</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>아랍어</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>힌디어</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>벵골어</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>타밀어</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>텔루구어</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>칸나다어</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>말라얄람어</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>구자라트어</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>펀자브어</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>태국어</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>라오어</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>크메르어</translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation>미얀마어</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>그리스어</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>히브리어</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>아르메니아어</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>조지아어</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>암하라어</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <extracomment>(first code point, last code point, script) for the letters the app tells apart. Scripts whose one character is a syllable or a word: a piece of one character is normal there, and only a piece of less than one character (a Hangul jamo) counts as a letter. Share of frequent English words above which Latin-script texts are called English. Cyrillic letters that Russian does not use but Ukrainian does. Frequent English words: Latin-script text with enough of them is called English.</extracomment>
        <translation>우크라이나어</translation>
    </message>
    <message>
        <source>a language written in Latin letters</source>
        <translation>로마자로 쓰는 언어</translation>
    </message>
    <message>
        <source>This model does not know {language}: most words become “unknown” to it, so it cannot tell those texts apart.</source>
        <translation>이 모델은 {language}을(를) 모릅니다. 대부분의 단어가 “모르는 단어”가 되어 이런 텍스트를 서로 구별하지 못합니다.</translation>
    </message>
    <message>
        <source>This model does not know {language}: {share:.0%} of the words become “unknown” to it, so it cannot tell those texts apart.</source>
        <translation>이 모델은 {language}을(를) 모릅니다. 단어의 {share:.0%}가 “모르는 단어”가 되어 이런 텍스트를 서로 구별하지 못합니다.</translation>
    </message>
    <message>
        <source>This model splits {language} into single letters ({pieces:.1f} pieces per word, against {english:.1f} in English): it will understand little of it.</source>
        <translation>이 모델은 {language}을(를) 낱글자 단위로 쪼갭니다(단어당 조각 {pieces:.1f}개, 영어는 {english:.1f}개). 내용을 거의 이해하지 못합니다.</translation>
    </message>
    <message>
        <source>This model knows {language} only partly ({pieces:.1f} pieces per word, {unknown:.0%} unknown): a model made for {language} will do better.</source>
        <translation>이 모델은 {language}을(를) 일부만 압니다(단어당 조각 {pieces:.1f}개, 모르는 단어 {unknown:.0%}). {language}용으로 만든 모델이 더 좋습니다.</translation>
    </message>
    <message>
        <source>This model knows {language} well.</source>
        <translation>이 모델은 {language}을(를) 잘 압니다.</translation>
    </message>
</context>
<context>
    <name>data_dataset</name>
    <message>
        <source>No row is usable for training: every row has a problem.</source>
        <extracomment>Dataset column names per shape: text columns, then the label column (if any).</extracomment>
        <translation>학습에 쓸 수 있는 행이 없습니다. 모든 행에 문제가 있습니다.</translation>
    </message>
    <message>
        <source>Run inspect to see the problems, fix the file and try again.</source>
        <translation>inspect를 실행해 문제를 확인하고, 파일을 고친 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>An evaluation share of {share:g} leaves nothing to train on.</source>
        <translation>평가용 비율이 {share:g}이면 학습할 데이터가 남지 않습니다.</translation>
    </message>
    <message>
        <source>Use a share below 1, e.g. 0.1 for 10%.</source>
        <translation>1보다 작은 비율을 쓰세요(예: 10%는 0.1).</translation>
    </message>
    <message>
        <source>There are too few rows to keep some apart for evaluation.</source>
        <translation>행이 너무 적어 평가용으로 따로 둘 수 없습니다.</translation>
    </message>
    <message>
        <source>Add rows, or turn evaluation off (evaluation share 0).</source>
        <translation>행을 추가하거나, 평가를 끄세요(평가용 비율 0).</translation>
    </message>
</context>
<context>
    <name>data_detection</name>
    <message>
        <source>EmbedTune could not find two columns of text to learn from (the columns are: {columns}).</source>
        <extracomment>Column-name hints (lower-case, compared after removing spaces, dashes and underscores). A column is treated as categories when it has at most this many distinct values. sentence-transformers&apos; own column names, as keys (see :func:`_key`), in training order. The first set a table holds completely names its text columns. sentence-transformers&apos; names for the label column, as keys. A text column&apos;s cells must average at least this length, counting each CJK character (Hangul, Han, kana) as :data:`_CJK_WEIGHT` because one such character often is a word.</extracomment>
        <translation>EmbedTune이 학습에 쓸 텍스트 열 두 개를 찾지 못했습니다(열 목록: {columns}).</translation>
    </message>
    <message>
        <source>Training needs pairs of texts side by side, e.g. a question and its answer. Choose the text columns yourself.</source>
        <translation>학습하려면 질문과 답변처럼 나란히 있는 텍스트 쌍이 필요합니다. 텍스트 열을 직접 선택하세요.</translation>
    </message>
    <message>
        <source>There is no column called {names}.</source>
        <translatorcomment>{names} may be one or several column names; &apos;(이)라는 열&apos; assumes one.</translatorcomment>
        <translation type="unfinished">{names}(이)라는 열이 없습니다.</translation>
    </message>
    <message>
        <source>The columns are: {columns}.</source>
        <translation>열 목록: {columns}.</translation>
    </message>
    <message>
        <source>Pick two different text columns (or three for anchor, positive, negative).</source>
        <translation>서로 다른 텍스트 열 두 개(anchor, positive, negative는 세 개)를 선택하세요.</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; cannot be both a text and the label.</source>
        <translation>&apos;{label}&apos;은(는) 텍스트 열과 레이블 열을 동시에 할 수 없습니다.</translation>
    </message>
    <message>
        <source>Pick another label.</source>
        <translation>다른 레이블 열을 선택하세요.</translation>
    </message>
    <message>
        <source>Triplets (anchor, positive, negative) take no label column.</source>
        <translatorcomment>&apos;Triplets&apos; rendered as 세 문장 묶음 (&apos;three-sentence sets&apos;); not sure a standard Korean term exists for non-experts.</translatorcomment>
        <translation type="unfinished">세 문장 묶음(anchor, positive, negative)에는 레이블 열이 없습니다.</translation>
    </message>
    <message>
        <source>Leave the label out, or pick two text columns.</source>
        <translation>레이블을 빼거나, 텍스트 열 두 개를 선택하세요.</translation>
    </message>
    <message>
        <source>The column &apos;{name}&apos; holds lists, not labels.</source>
        <translation>&apos;{name}&apos; 열에는 레이블이 아니라 목록이 들어 있습니다.</translation>
    </message>
    <message>
        <source>Pick a column with one score or class per row as the label.</source>
        <translation>행마다 점수나 분류가 하나씩 있는 열을 레이블로 선택하세요.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; does not occur in the column &apos;{label}&apos;.</source>
        <translation>&apos;{label}&apos; 열에 &apos;{value}&apos; 값이 없습니다.</translation>
    </message>
    <message>
        <source>Its values are: {values}.</source>
        <translation>이 열의 값: {values}.</translation>
    </message>
    <message>
        <source>Triplets: a text, a matching text and a non-matching one</source>
        <translation>세 문장 묶음: 텍스트, 맞는 텍스트, 맞지 않는 텍스트</translation>
    </message>
    <message>
        <source>Questions with their answers</source>
        <translation>질문과 답변</translation>
    </message>
    <message>
        <source>Pairs of texts that belong together</source>
        <translation>짝이 되는 텍스트 쌍</translation>
    </message>
    <message>
        <source>Sentence pairs with a similarity score 0–1</source>
        <translation>유사도 점수(0–1)가 있는 문장 쌍</translation>
    </message>
    <message>
        <source>Sentence pairs with a similarity score 0–{top}, scaled to 0–1</source>
        <translation>유사도 점수(0–{top})가 있는 문장 쌍, 0–1로 변환</translation>
    </message>
    <message>
        <source>Sentence pairs labelled similar ({positive}) or not (0)</source>
        <translation>비슷함({positive}) 또는 다름(0) 레이블이 있는 문장 쌍</translation>
    </message>
    <message>
        <source>Sentence pairs labelled similar ({positive}) or not</source>
        <translation>비슷함({positive}) 또는 다름 레이블이 있는 문장 쌍</translation>
    </message>
    <message>
        <source>Sentence pairs with one of {count} classes ({classes})</source>
        <translation>{count}개 분류({classes}) 중 하나가 붙은 문장 쌍</translation>
    </message>
</context>
<context>
    <name>data_inspection</name>
    <message>
        <source>The model &apos;{model}&apos; is not on this computer, so its tokenizer cannot be checked.</source>
        <translation>&apos;{model}&apos; 모델이 이 컴퓨터에 없어 토크나이저를 확인할 수 없습니다.</translation>
    </message>
    <message>
        <source>Download it first (train or the model picker does), or give a model folder.</source>
        <translation>먼저 다운로드하거나(train 명령이나 모델 선택 화면에서 다운로드됩니다), 모델 폴더를 지정하세요.</translation>
    </message>
    <message>
        <source>The tokenizer of &apos;{model}&apos; could not be loaded from {folder}.</source>
        <translation>{folder}에서 &apos;{model}&apos;의 토크나이저를 불러올 수 없습니다.</translation>
    </message>
    <message>
        <source>Check that the folder holds a complete sentence-transformers model.</source>
        <translation>폴더에 완전한 sentence-transformers 모델이 들어 있는지 확인하세요.</translation>
    </message>
</context>
<context>
    <name>data_limits</name>
    <message>
        <source>Open it in your spreadsheet program and save it again, e.g. as .xlsx or UTF-8 CSV.</source>
        <translation>스프레드시트 프로그램에서 파일을 열고 .xlsx나 UTF-8 CSV 등으로 다시 저장하세요.</translation>
    </message>
    <message>
        <source>a folder</source>
        <extracomment>Largest file EmbedTune opens, in bytes (256 MiB). Larger files are refused before anything is read: reading text makes Python hold several times the file&apos;s size in memory, and fine-tuning on a desktop needs far less data than this. Largest total unpacked size of a workbook&apos;s parts (.xlsx, .xlsm, .ods), or of a Parquet file&apos;s data, in bytes (512 MiB). Read from the archive&apos;s directory (or the Parquet footer) before anything is unpacked, so a &quot;zip bomb&quot; (a small file that unpacks to gigabytes) is refused while it is still small. Most cells a sheet or table may span (10 million): rows times columns, counting the empty cells between the first and last filled one, because that is what a spreadsheet reader allocates. A tiny .xlsx with one cell in A1 and one in XFD1048576 spans 17 billion cells. Most columns a table may have (1,000). Training uses two or three; detection looks at every column, so a file with tens of thousands of columns is refused rather than slow. Most characters in one cell (1,000,000). Models read at most a few thousand characters of a text; a longer cell is refused with its row, not cut silently. Most parts a workbook archive (.xlsx, .ods) may hold (10,000). A workbook has a few dozen; an archive of 100,000 empty parts (12 MB) takes the zip reader seconds and tens of MB just to list, a million ten times that. Counted from the archive&apos;s last record before listing. Deepest nesting of lists and objects in a JSON or JSON-lines file (64). Rows of training data are flat; deeper nesting is refused before it can exhaust Python&apos;s stack.</extracomment>
        <translation>폴더</translation>
    </message>
    <message>
        <source>a pipe</source>
        <translation>파이프</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>일반 파일이 아님</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder, not a file.</source>
        <translation>&apos;{path}&apos;은(는) 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>Pick a spreadsheet file.</source>
        <translation>스프레드시트 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {kind}, not a file EmbedTune can read.</source>
        <translation>&apos;{name}&apos;은(는) EmbedTune이 읽을 수 있는 파일이 아닙니다({kind}).</translation>
    </message>
    <message>
        <source>Pick a spreadsheet or data file saved on disk.</source>
        <translation>디스크에 저장된 스프레드시트나 데이터 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {size:,.0f} MB; EmbedTune reads files of up to {limit} MB.</source>
        <translation>&apos;{name}&apos;의 크기는 {size:,.0f} MB입니다. EmbedTune은 최대 {limit} MB까지의 파일을 읽습니다.</translation>
    </message>
    <message>
        <source>Keep only the rows and columns you need, or split the file.</source>
        <translation>필요한 행과 열만 남기거나, 파일을 나누세요.</translation>
    </message>
    <message>
        <source>The file &apos;{path}&apos; does not exist.</source>
        <translation>&apos;{path}&apos; 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Check the name and the folder.</source>
        <translation>이름과 폴더를 확인하세요.</translation>
    </message>
    <message>
        <source>EmbedTune could not open &apos;{name}&apos; ({error}).</source>
        <translation>EmbedTune이 &apos;{name}&apos;을(를) 열 수 없습니다({error}).</translation>
    </message>
    <message>
        <source>Check that the file is there and that you may read it.</source>
        <translation>파일이 그 위치에 있는지, 읽을 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is larger than {limit} MB, the most EmbedTune reads.</source>
        <translation>&apos;{name}&apos;이(가) EmbedTune이 읽을 수 있는 최대 크기인 {limit} MB보다 큽니다.</translation>
    </message>
    <message>
        <source>A cell in row {row} (column &apos;{column}&apos;) of &apos;{name}&apos; holds {chars:,} characters; EmbedTune reads cells of up to {limit:,}.</source>
        <translation>&apos;{name}&apos;의 {row}행(&apos;{column}&apos; 열)에 있는 셀에 {chars:,}자가 들어 있습니다. EmbedTune은 셀당 최대 {limit:,}자까지 읽습니다.</translation>
    </message>
    <message>
        <source>Shorten that text: a model reads only the first few thousand characters.</source>
        <translation>해당 텍스트를 줄이세요. 모델은 처음 몇천 자만 읽습니다.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has {columns:,} columns; EmbedTune reads tables of up to {limit:,} columns.</source>
        <translation>&apos;{name}&apos;에 열이 {columns:,}개 있습니다. EmbedTune은 최대 {limit:,}개 열까지의 표를 읽습니다.</translation>
    </message>
    <message>
        <source>Keep only the columns you need (the texts and the label) and save it again.</source>
        <translation>필요한 열(텍스트와 레이블)만 남기고 다시 저장하세요.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; spans {rows:,} rows by {columns:,} column, more than the {limit:,} cells EmbedTune reads.</source>
        <translation>&apos;{name}&apos;은(는) {rows:,}행 × {columns:,}열로, EmbedTune이 읽을 수 있는 {limit:,}개 셀보다 많습니다.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; spans {rows:,} rows by {columns:,} columns, more than the {limit:,} cells EmbedTune reads.</source>
        <translation>&apos;{name}&apos;은(는) {rows:,}행 × {columns:,}열로, EmbedTune이 읽을 수 있는 {limit:,}개 셀보다 많습니다.</translation>
    </message>
    <message>
        <source>Keep only the rows and columns you need, or split the file. If the sheet looks small, delete the empty rows and columns far below and right of the data.</source>
        <translation>필요한 행과 열만 남기거나, 파일을 나누세요. 시트가 작아 보인다면, 데이터에서 한참 아래나 오른쪽에 있는 빈 행과 열을 삭제하세요.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is an archive of {members:,} parts; a workbook has a few dozen, and EmbedTune opens archives of up to {limit:,}.</source>
        <extracomment>What Python&apos;s zip reader raises for a broken, encrypted or exotic archive.</extracomment>
        <translation>&apos;{name}&apos;은(는) {members:,}개 부분으로 된 압축 파일입니다. 통합 문서는 보통 수십 개이며, EmbedTune은 최대 {limit:,}개까지의 압축 파일을 엽니다.</translation>
    </message>
    <message>
        <source>Open it in your spreadsheet program and save it again, or save the data as CSV.</source>
        <translation>스프레드시트 프로그램에서 파일을 열어 다시 저장하거나, 데이터를 CSV로 저장하세요.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; unpacks to {size:,.0f} MB; EmbedTune reads workbooks that unpack to at most {limit} MB.</source>
        <translation>&apos;{name}&apos;은(는) 압축을 풀면 {size:,.0f} MB가 됩니다. EmbedTune은 압축을 풀었을 때 최대 {limit} MB인 통합 문서까지 읽습니다.</translation>
    </message>
    <message>
        <source>Keep only the sheet and columns you need, or save the data as CSV. A small file that unpacks to so much may have been made to harm: open only files you trust.</source>
        <translation>필요한 시트와 열만 남기거나, 데이터를 CSV로 저장하세요. 작은 파일이 이렇게 크게 풀린다면 해를 끼치려고 만든 파일일 수 있습니다. 신뢰할 수 있는 파일만 여세요.</translation>
    </message>
    <message>
        <source>The workbook &apos;{name}&apos; is damaged ({error}).</source>
        <extracomment>Cell and row tags of an .xlsx sheet, with their attributes and whether they close at once. Row, cell and table tags of an .ods content.xml.</extracomment>
        <translation>통합 문서 &apos;{name}&apos;이(가) 손상되었습니다({error}).</translation>
    </message>
    <message>
        <source>The JSON in &apos;{name}&apos; on line {line} is nested more than {limit} levels deep, which is not a table.</source>
        <translation>&apos;{name}&apos;의 {line}번째 줄에 있는 JSON이 {limit}단계보다 깊게 중첩되어 있어 표가 아닙니다.</translation>
    </message>
    <message>
        <source>The JSON in &apos;{name}&apos; is nested more than {limit} levels deep, which is not a table.</source>
        <translation>&apos;{name}&apos;의 JSON이 {limit}단계보다 깊게 중첩되어 있어 표가 아닙니다.</translation>
    </message>
    <message>
        <source>Save the data as a flat table: one row per example, one column per text.</source>
        <translation>데이터를 평평한 표로 저장하세요. 예시 하나에 한 행, 텍스트 하나에 한 열입니다.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; unpacks to {size:,.0f} MB; EmbedTune reads Parquet files that unpack to at most {limit} MB.</source>
        <translation>&apos;{name}&apos;은(는) 압축을 풀면 {size:,.0f} MB가 됩니다. EmbedTune은 압축을 풀었을 때 최대 {limit} MB인 Parquet 파일까지 읽습니다.</translation>
    </message>
</context>
<context>
    <name>data_presentation</name>
    <message>
        <source>CSV text</source>
        <extracomment>Formats read as delimited text (encoding and delimiter can be changed). Formats read as workbooks (a sheet can be chosen). Format names (&quot;JSON&quot; and &quot;Parquet&quot; are names, the same in every language).</extracomment>
        <translation>CSV 텍스트</translation>
    </message>
    <message>
        <source>Tab-separated text</source>
        <translation>탭으로 구분된 텍스트</translation>
    </message>
    <message>
        <source>Delimited text</source>
        <translation>구분 기호로 나뉜 텍스트</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 통합 문서</translation>
    </message>
    <message>
        <source>Excel 97–2003 workbook</source>
        <translation>Excel 97–2003 통합 문서</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation>OpenDocument 스프레드시트</translation>
    </message>
    <message>
        <source>JSON lines</source>
        <translation>줄 단위 JSON(JSON Lines)</translation>
    </message>
    <message>
        <source>The model learns to put each text close to its partner and away from the other rows&apos; partners.</source>
        <translation>모델은 각 텍스트를 짝이 되는 텍스트와 가깝게, 다른 행의 짝과는 멀게 두도록 배웁니다.</translation>
    </message>
    <message>
        <source>The model learns to put the first text closer to the second than to the third.</source>
        <translation>모델은 첫 번째 텍스트를 세 번째보다 두 번째 텍스트에 더 가깝게 두도록 배웁니다.</translation>
    </message>
    <message>
        <source>The model learns to give each pair the similarity its score says.</source>
        <translation>모델은 각 쌍에 점수가 말하는 만큼의 유사도를 주도록 배웁니다.</translation>
    </message>
    <message>
        <source>The model learns to tell similar pairs from different ones.</source>
        <translation>모델은 비슷한 쌍과 다른 쌍을 구별하도록 배웁니다.</translation>
    </message>
    <message>
        <source>The model learns from how each pair is related (for example “same meaning”, “unrelated”, “contradicts”).</source>
        <translation>모델은 각 쌍이 어떤 관계인지(예: “같은 뜻”, “관계없음”, “모순됨”)로부터 배웁니다.</translation>
    </message>
    <message>
        <source>“{value}” means similar</source>
        <extracomment>Rows whose texts are shown to name their languages.</extracomment>
        <translatorcomment>“{value}” is a quoted label value; used 은(는) particle to fit any value.</translatorcomment>
        <translation type="unfinished">“{value}”은(는) 비슷함을 뜻함</translation>
    </message>
    <message>
        <source>Rows with this value:</source>
        <translation>이 값이 있는 행:</translation>
    </message>
    <message>
        <source>{rows:,} rows, {columns} columns, {bad:,} lines could not be read. Rows with problems are tinted.</source>
        <translation>{rows:,}개 행, {columns}개 열, 읽을 수 없는 줄 {bad:,}개. 문제가 있는 행은 색으로 표시됩니다.</translation>
    </message>
    <message>
        <source>{rows:,} rows, {columns} columns. Rows with problems are tinted.</source>
        <translation>{rows:,}개 행, {columns}개 열. 문제가 있는 행은 색으로 표시됩니다.</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>아직 알 수 없음</translation>
    </message>
    <message>
        <source>Pick the text columns below.</source>
        <translation>아래에서 텍스트 열을 선택하세요.</translation>
    </message>
    <message>
        <source>{file} has no column called {names}.</source>
        <translation>{file}에 {names}(이)라는 열이 없습니다.</translation>
    </message>
    <message>
        <source>The file to check the result on needs the same columns as the training file.</source>
        <translation>결과를 확인할 파일에는 학습 파일과 같은 열이 있어야 합니다.</translation>
    </message>
    <message>
        <source>Row {row:,}, {column}: {message}</source>
        <translation>{row:,}행, {column}: {message}</translation>
    </message>
    <message>
        <source>Row {row:,}: {message}</source>
        <translation>{row:,}행: {message}</translation>
    </message>
    <message>
        <source>{problems:,} problems; {rows:,} rows will be left out of training because of them. The first {limit} are listed. Click one to see its row.</source>
        <translation>문제 {problems:,}개. 이 때문에 {rows:,}개 행이 학습에서 제외됩니다. 처음 {limit}개를 표시합니다. 하나를 클릭하면 해당 행을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>{problems:,} problems; {rows:,} rows will be left out of training because of them. Click one to see its row.</source>
        <translation>문제 {problems:,}개. 이 때문에 {rows:,}개 행이 학습에서 제외됩니다. 하나를 클릭하면 해당 행을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>{problems:,} problems. The first {limit} are listed. Click one to see its row.</source>
        <translation>문제 {problems:,}개. 처음 {limit}개를 표시합니다. 하나를 클릭하면 해당 행을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>{problems:,} problems. Click one to see its row.</source>
        <translation>문제 {problems:,}개. 하나를 클릭하면 해당 행을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>All {rows:,} rows are used to train; {eval_rows:,} rows of {name} check the result.</source>
        <translation>{rows:,}개 행을 모두 학습에 사용하고, {name}의 {eval_rows:,}개 행으로 결과를 확인합니다.</translation>
    </message>
    <message>
        <source>All {rows:,} rows are used to train; its rows of {name} check the result.</source>
        <translation>{rows:,}개 행을 모두 학습에 사용하고, {name}의 행으로 결과를 확인합니다.</translation>
    </message>
    <message>
        <source>{rows:,} rows to train. {note}</source>
        <translation>학습할 행 {rows:,}개. {note}</translation>
    </message>
    <message>
        <source>{rows:,} rows to train, {held_out:,} to check the result.</source>
        <translation>학습할 행 {rows:,}개, 결과 확인용 행 {held_out:,}개.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;The result cannot be measured:&lt;/b&gt; {reason} {advice}</source>
        <translation>&lt;br&gt;&lt;b&gt;결과를 측정할 수 없습니다:&lt;/b&gt; {reason} {advice}</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>파일 읽는 중…</translation>
    </message>
    <message>
        <source>Drop a spreadsheet on this page, or click Browse to pick one.</source>
        <translation>이 페이지에 스프레드시트를 끌어다 놓거나, 찾아보기를 클릭해 선택하세요.</translation>
    </message>
    <message>
        <source>Pick which columns hold the texts.</source>
        <translation>텍스트가 들어 있는 열을 선택하세요.</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>행 검사 중…</translation>
    </message>
    <message>
        <source>No rows can be used for training: see the problems on the right.</source>
        <translation>학습에 사용할 수 있는 행이 없습니다. 오른쪽에 표시된 문제를 확인하세요.</translation>
    </message>
    <message>
        <source>The data file {path} is not on this computer any more. Drop it here again, or browse for it; the other settings are kept.</source>
        <translation>데이터 파일 {path}이(가) 이 컴퓨터에 더 이상 없습니다. 파일을 여기에 다시 끌어다 놓거나 찾아서 선택하세요. 다른 설정은 그대로 유지됩니다.</translation>
    </message>
</context>
<context>
    <name>data_reading</name>
    <message>
        <source>Open it in your spreadsheet program and save it again, e.g. as .xlsx or UTF-8 CSV.</source>
        <extracomment>File suffixes read_table understands, with the format each is read as. Legacy encodings tried, in order, when a file is not UTF-8 (Russian and Korean Windows). Control characters no spreadsheet shows and no model reads; removed from every cell. Bytes that never occur in text (C0 controls other than tab, line breaks, form feed, escape).</extracomment>
        <translation>스프레드시트 프로그램에서 파일을 열고 .xlsx나 UTF-8 CSV 등으로 다시 저장하세요.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a delimiter I understand.</source>
        <translation>&apos;{value}&apos;은(는) 알 수 없는 구분 기호입니다.</translation>
    </message>
    <message>
        <source>Use one character, or one of: comma, semicolon, tab, pipe.</source>
        <translatorcomment>The names comma/semicolon/tab/pipe are values the user can type, so I kept them in English with Korean glosses.</translatorcomment>
        <translation type="unfinished">문자 하나를 쓰거나 comma(쉼표), semicolon(세미콜론), tab(탭), pipe(세로 막대) 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>EmbedTune cannot read &apos;{name}&apos;: files ending in &apos;{suffix}&apos; are not supported.</source>
        <translation>EmbedTune은 &apos;{name}&apos; 파일을 읽을 수 없습니다. &apos;{suffix}&apos;(으)로 끝나는 파일은 지원되지 않습니다.</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Save it as one of: {formats}.</source>
        <translation>다음 형식 중 하나로 저장하세요: {formats}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is nested too deeply to be a table.</source>
        <translation>&apos;{name}&apos; 파일은 구조가 너무 깊게 중첩되어 있어 표로 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Save the data as a flat table: one row per example, one column per text.</source>
        <translation>데이터를 단순한 표로 저장하세요. 예시 하나가 한 행, 텍스트 하나가 한 열이 되어야 합니다.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is too large to read with the memory this computer has free.</source>
        <translation>&apos;{name}&apos; 파일이 너무 커서 이 컴퓨터의 남은 메모리로는 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Keep only the rows and columns you need, or close other programs.</source>
        <translation>필요한 행과 열만 남기거나 다른 프로그램을 닫으세요.</translation>
    </message>
    <message>
        <source>EmbedTune could not read &apos;{name}&apos; as a {format} file ({error}).</source>
        <translation>EmbedTune이 &apos;{name}&apos; 파일을 {format} 파일로 읽지 못했습니다({error}).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds no rows of data.</source>
        <translation>&apos;{name}&apos; 파일에 데이터 행이 없습니다.</translation>
    </message>
    <message>
        <source>Check that you picked the right file (and sheet).</source>
        <translation>올바른 파일(과 시트)을 선택했는지 확인하세요.</translation>
    </message>
    <message>
        <source>EmbedTune could not tell which text encoding this file uses.</source>
        <translation>EmbedTune이 이 파일의 텍스트 인코딩을 알아내지 못했습니다.</translation>
    </message>
    <message>
        <source>Save it as UTF-8 (in Excel: &apos;CSV UTF-8&apos;), or name its encoding.</source>
        <translation>UTF-8로 저장하거나(Excel에서는 &apos;CSV UTF-8&apos;) 인코딩을 직접 지정하세요.</translation>
    </message>
    <message>
        <source>A cell on line {line} of &apos;{name}&apos; is longer than {limit:,} characters, the most EmbedTune reads in one cell.</source>
        <translation>&apos;{name}&apos; 파일의 {line}번째 줄에 있는 셀이 {limit:,}자보다 깁니다. EmbedTune이 한 셀에서 읽을 수 있는 최대 길이입니다.</translation>
    </message>
    <message>
        <source>A cell of &apos;{name}&apos; is longer than {limit:,} characters, the most EmbedTune reads in one cell.</source>
        <translation>&apos;{name}&apos; 파일의 한 셀이 {limit:,}자보다 깁니다. EmbedTune이 한 셀에서 읽을 수 있는 최대 길이입니다.</translation>
    </message>
    <message>
        <source>Shorten that text, or check for a quote character that is never closed.</source>
        <translation>해당 텍스트를 줄이거나, 닫히지 않은 따옴표가 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>a zip archive (perhaps an .xlsx or .ods workbook with another ending)</source>
        <extracomment>Start of files that are not text at all, with what they are in plain words. (Marked for translation; translated where the error is raised.)</extracomment>
        <translation>zip 압축 파일(확장자가 다른 .xlsx 또는 .ods 통합 문서일 수 있음)</translation>
    </message>
    <message>
        <source>an Office file (perhaps an old .xls workbook with another ending)</source>
        <translation>Office 파일(확장자가 다른 예전 .xls 통합 문서일 수 있음)</translation>
    </message>
    <message>
        <source>a Parquet file</source>
        <translation>Parquet 파일</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <source>a picture</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>a compressed (gzip) file</source>
        <translation>압축(gzip) 파일</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <extracomment>Share of binary bytes above which a file is not text (random or compressed data has 11%; a text file with a stray NUL far less: those are removed from the cells).</extracomment>
        <translation>Windows-1251(키릴 문자)</translation>
    </message>
    <message>
        <source>CP949 (Korean Windows)</source>
        <translation>CP949(한국어 Windows)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {what}, not a {format} text file.</source>
        <translation>&apos;{name}&apos; 파일은 {format} 텍스트 파일이 아니라 {what}입니다.</translation>
    </message>
    <message>
        <source>Give the file its real ending (e.g. .xlsx), or save it again as UTF-8 CSV.</source>
        <translation>파일에 원래 확장자(예: .xlsx)를 붙이거나 UTF-8 CSV로 다시 저장하세요.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; does not hold text: it looks like a program&apos;s own binary format.</source>
        <translation>&apos;{name}&apos; 파일에는 텍스트가 없습니다. 특정 프로그램 전용 바이너리 형식으로 보입니다.</translation>
    </message>
    <message>
        <source>&apos;{encoding}&apos; is not a text encoding I know.</source>
        <translation>&apos;{encoding}&apos;은(는) 알 수 없는 텍스트 인코딩입니다.</translation>
    </message>
    <message>
        <source>Try utf-8, utf-16, cp1251 (Russian Windows) or cp949 (Korean Windows).</source>
        <translation>utf-8, utf-16, cp1251(러시아어 Windows) 또는 cp949(한국어 Windows)를 사용해 보세요.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not written in {encoding}: byte {byte} does not fit.</source>
        <translation>&apos;{name}&apos; 파일은 {encoding}(으)로 작성되지 않았습니다. 바이트 {byte}이(가) 맞지 않습니다.</translation>
    </message>
    <message>
        <source>Leave the encoding out to let EmbedTune detect it.</source>
        <translation>인코딩을 비워 두면 EmbedTune이 자동으로 감지합니다.</translation>
    </message>
    <message>
        <source>Line {number} is written in another encoding ({other}) than the rest of the file ({name}), so it could not be read.</source>
        <translation>{number}번째 줄이 파일의 나머지 부분({name})과 다른 인코딩({other})으로 작성되어 있어 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Line {number} is not written in {name} like the rest of the file, so it could not be read.</source>
        <translation>{number}번째 줄이 파일의 나머지 부분과 달리 {name}(으)로 작성되어 있지 않아 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Line {number} has {values} values where the other lines have {expected}.</source>
        <extracomment>Scripts whose letters in a UTF-8 line show it really is UTF-8 (Cyrillic, Greek, Hebrew, Arabic, Indic scripts with Sinhala, Thai, Hangul, kana, Han). Latin letters with accents do not: the bytes of a CP949 syllable can happen to spell &quot;ũ&quot; in UTF-8.</extracomment>
        <translation>{number}번째 줄에는 값이 {values}개 있지만, 다른 줄에는 {expected}개 있습니다.</translation>
    </message>
    <message>
        <source>EmbedTune could not open the workbook &apos;{name}&apos; ({error}).</source>
        <translation>EmbedTune이 통합 문서 &apos;{name}&apos;을(를) 열지 못했습니다({error}).</translation>
    </message>
    <message>
        <source>Open it in your spreadsheet program and save it again as .xlsx.</source>
        <translation>스프레드시트 프로그램에서 파일을 열고 .xlsx로 다시 저장하세요.</translation>
    </message>
    <message>
        <source>The sheet &apos;{sheet}&apos; of &apos;{name}&apos; is damaged and cannot be read ({error}).</source>
        <translation>&apos;{name}&apos;의 &apos;{sheet}&apos; 시트가 손상되어 읽을 수 없습니다({error}).</translation>
    </message>
    <message>
        <source>The workbook &apos;{name}&apos; has no sheets.</source>
        <translation>통합 문서 &apos;{name}&apos;에 시트가 없습니다.</translation>
    </message>
    <message>
        <source>Check the file.</source>
        <translation>파일을 확인하세요.</translation>
    </message>
    <message>
        <source>The workbook &apos;{name}&apos; has no sheet called &apos;{sheet}&apos;.</source>
        <translation>통합 문서 &apos;{name}&apos;에 &apos;{sheet}&apos; 시트가 없습니다.</translation>
    </message>
    <message>
        <source>Its sheets are: {sheets}.</source>
        <translation>시트 목록: {sheets}.</translation>
    </message>
    <message>
        <source>The sheet &apos;{sheet}&apos; of &apos;{name}&apos; is empty.</source>
        <translation>&apos;{name}&apos;의 &apos;{sheet}&apos; 시트가 비어 있습니다.</translation>
    </message>
    <message>
        <source>Pick the sheet that holds your data.</source>
        <translation>데이터가 들어 있는 시트를 선택하세요.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is JSON, but not a list of rows.</source>
        <translation>&apos;{name}&apos; 파일은 JSON이지만 행 목록이 아닙니다.</translation>
    </message>
    <message>
        <source>Use a list of records such as [{&quot;question&quot;: &quot;…&quot;, &quot;answer&quot;: &quot;…&quot;}, …].</source>
        <translation>[{&quot;question&quot;: &quot;…&quot;, &quot;answer&quot;: &quot;…&quot;}, …]와 같은 레코드 목록을 사용하세요.</translation>
    </message>
    <message>
        <source>The JSON rows are not records.</source>
        <translation>JSON 행이 레코드 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>Each row should look like {&quot;question&quot;: &quot;…&quot;, &quot;answer&quot;: &quot;…&quot;}.</source>
        <translation>각 행은 {&quot;question&quot;: &quot;…&quot;, &quot;answer&quot;: &quot;…&quot;}와 같은 형태여야 합니다.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; mixes two text encodings: line {lines} is not written like the rest.</source>
        <translation>&apos;{name}&apos; 파일에 두 가지 텍스트 인코딩이 섞여 있습니다. {lines}번째 줄이 나머지와 다르게 작성되어 있습니다.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; mixes two text encodings: lines {lines} are not written like the rest.</source>
        <translation>&apos;{name}&apos; 파일에 두 가지 텍스트 인코딩이 섞여 있습니다. {lines}번째 줄이 나머지와 다르게 작성되어 있습니다.</translation>
    </message>
    <message>
        <source>Save the file again as UTF-8, which JSON files should always use.</source>
        <translation>JSON 파일은 항상 UTF-8을 써야 하므로 파일을 UTF-8로 다시 저장하세요.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds more than {limit:,} values, the most EmbedTune reads from one JSON file.</source>
        <translation>&apos;{name}&apos; 파일에 값이 {limit:,}개보다 많습니다. EmbedTune이 JSON 파일 하나에서 읽을 수 있는 최대 개수입니다.</translation>
    </message>
    <message>
        <source>Keep only the rows and fields you need, or split the file.</source>
        <translation>필요한 행과 필드만 남기거나 파일을 나누세요.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not valid JSON: {error} at line {line}.</source>
        <translation>&apos;{name}&apos; 파일은 올바른 JSON이 아닙니다({line}번째 줄: {error}).</translation>
    </message>
    <message>
        <source>Fix the file, or save the data as CSV or .xlsx.</source>
        <translation>파일을 고치거나 데이터를 CSV 또는 .xlsx로 저장하세요.</translation>
    </message>
    <message>
        <source>Line {number} is not valid JSON ({error}).</source>
        <translation>{number}번째 줄은 올바른 JSON이 아닙니다({error}).</translation>
    </message>
    <message>
        <source>Line {number} is not a record ({{…}}).</source>
        <translation>{number}번째 줄은 레코드({{…}})가 아닙니다.</translation>
    </message>
    <message>
        <source>EmbedTune could not read &apos;{name}&apos; as a Parquet file ({error}).</source>
        <translation>EmbedTune이 &apos;{name}&apos; 파일을 Parquet 파일로 읽지 못했습니다({error}).</translation>
    </message>
    <message>
        <source>Check that the file is complete, or save the data as CSV or .xlsx.</source>
        <translation>파일이 완전한지 확인하거나 데이터를 CSV 또는 .xlsx로 저장하세요.</translation>
    </message>
</context>
<context>
    <name>data_validation</name>
    <message>
        <source>{message} It was left out.</source>
        <extracomment>Fewer usable rows than this earns a ``few-rows`` warning. Share of rows with identical texts above which ``identical-pairs`` is raised. Share of unknown tokens above which ``unknown-tokens`` is raised. Share of texts longer than the model reads above which ``long-texts`` is raised. Rows tokenized for statistics (all rows when there are fewer). Row or line numbers a warning names before it only counts the rest.</extracomment>
        <translation>{message} 이 줄은 제외되었습니다.</translation>
    </message>
    <message>
        <source>The cell in &apos;{column}&apos; is empty; the row is left out.</source>
        <translation>&apos;{column}&apos; 열의 셀이 비어 있어 이 행은 제외됩니다.</translation>
    </message>
    <message>
        <source>The score &apos;{score}&apos; is not a number; the row is left out.</source>
        <translation>점수 &apos;{score}&apos;이(가) 숫자가 아니어서 이 행은 제외됩니다.</translation>
    </message>
    <message>
        <source>The score {score} is outside 0–{top:g}; the row is left out.</source>
        <translation>점수 {score}이(가) 0–{top:g} 범위를 벗어나 이 행은 제외됩니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of the classes.</source>
        <translation>&apos;{value}&apos;은(는) 분류 목록에 없습니다.</translation>
    </message>
    <message>
        <source>Only 1 usable row: the model will learn little from so few examples.</source>
        <translation>사용할 수 있는 행이 1개뿐입니다. 예시가 이렇게 적으면 모델이 배우는 것이 거의 없습니다.</translation>
    </message>
    <message>
        <source>Only {rows} usable rows: the model will learn little from so few examples.</source>
        <translation>사용할 수 있는 행이 {rows}개뿐입니다. 예시가 이렇게 적으면 모델이 배우는 것이 거의 없습니다.</translation>
    </message>
    <message>
        <source>Aim for a few hundred rows or more; add more examples if you can.</source>
        <translation>수백 개 이상의 행을 목표로 하세요. 가능하면 예시를 더 추가하세요.</translation>
    </message>
    <message>
        <source>In {same} of {rows} rows both texts are the same: the model would learn nothing from them.</source>
        <translation>{rows}개 행 중 {same}개 행에서 두 텍스트가 같습니다. 모델은 이런 행에서 아무것도 배우지 못합니다.</translation>
    </message>
    <message>
        <source>Check that &apos;{first}&apos; and &apos;{second}&apos; are the right columns: the second should be a different text that belongs with the first (e.g. the answer).</source>
        <translation>&apos;{first}&apos;과(와) &apos;{second}&apos;이(가) 올바른 열인지 확인하세요. 두 번째 열에는 첫 번째 열과 짝을 이루는 다른 텍스트(예: 답변)가 있어야 합니다.</translation>
    </message>
    <message>
        <source>row {row} repeats row {first}</source>
        <translation>{row}행이 {first}행과 같음</translation>
    </message>
    <message>
        <source>1 row repeats an earlier row exactly ({examples}).</source>
        <translation>1개 행이 앞의 행과 완전히 같습니다({examples}).</translation>
    </message>
    <message>
        <source>{rows} rows repeat an earlier row exactly ({examples} and {more} more).</source>
        <translation>{rows}개 행이 앞의 행과 완전히 같습니다({examples} 외 {more}개).</translation>
    </message>
    <message>
        <source>{rows} rows repeat an earlier row exactly ({examples}).</source>
        <translation>{rows}개 행이 앞의 행과 완전히 같습니다({examples}).</translation>
    </message>
    <message>
        <source>Repeated rows give those examples more weight; remove them unless you mean it.</source>
        <translation>중복된 행은 해당 예시의 비중을 높입니다. 의도한 것이 아니라면 삭제하세요.</translation>
    </message>
    <message>
        <source>The column &apos;{column}&apos; holds the same value ({value}) in every row, so it says nothing: the rows are treated as pairs that belong together.</source>
        <translation>&apos;{column}&apos; 열은 모든 행에 같은 값({value})이 들어 있어 아무 정보도 주지 않습니다. 모든 행을 서로 짝이 맞는 쌍으로 처리합니다.</translation>
    </message>
    <message>
        <source>That is fine for question/answer data. If some pairs should count as dissimilar, give them a different value.</source>
        <translation>질문/답변 데이터라면 문제없습니다. 비슷하지 않은 것으로 처리할 쌍이 있다면 다른 값을 넣으세요.</translation>
    </message>
    <message>
        <source>Scores in &apos;{column}&apos; run from 0 to {scale:g}; they are divided by {scale:g} so that they run from 0 to 1.</source>
        <translation>&apos;{column}&apos; 열의 점수 범위는 0부터 {scale:g}까지입니다. 0부터 1까지가 되도록 {scale:g}(으)로 나눕니다.</translation>
    </message>
    <message>
        <source>Nothing to do, unless your scale is different (then fix the scores).</source>
        <translation>따로 할 일은 없습니다. 점수 척도가 다르다면 점수를 고치세요.</translation>
    </message>
    <message>
        <source>1 row has an empty cell; it is left out.</source>
        <translation>1개 행에 빈 셀이 있어 제외됩니다.</translation>
    </message>
    <message>
        <source>{rows} rows have an empty cell; they are left out.</source>
        <translation>{rows}개 행에 빈 셀이 있어 제외됩니다.</translation>
    </message>
    <message>
        <source>Fill in the missing texts or delete those rows.</source>
        <translation>빠진 텍스트를 채우거나 해당 행을 삭제하세요.</translation>
    </message>
    <message>
        <source>1 line could not be read as rows (e.g. line {lines}) and is left out.</source>
        <translation>1개 줄을 행으로 읽을 수 없어 제외됩니다(예: {lines}번째 줄).</translation>
    </message>
    <message>
        <source>{count} lines could not be read as rows (e.g. line {lines}) and are left out.</source>
        <translation>{count}개 줄을 행으로 읽을 수 없어 제외됩니다(예: {lines}번째 줄).</translation>
    </message>
    <message>
        <source>Those lines have more or fewer values than the others: check for an extra delimiter or a missing one, or pick the delimiter yourself.</source>
        <translation>이 줄들은 다른 줄보다 값이 많거나 적습니다. 구분 기호가 더 있거나 빠졌는지 확인하거나, 구분 기호를 직접 선택하세요.</translation>
    </message>
    <message>
        <source>Open the file, fix those lines and save it again.</source>
        <translation>파일을 열어 해당 줄을 고친 후 다시 저장하세요.</translation>
    </message>
    <message>
        <source>1 line of the file is written in another text encoding than the rest (line {lines}), so it was left out rather than shown as garbled text.</source>
        <translation>파일의 1개 줄({lines}번째 줄)이 나머지와 다른 텍스트 인코딩으로 작성되어 있어, 깨진 글자로 표시하는 대신 제외했습니다.</translation>
    </message>
    <message>
        <source>{count} lines of the file are written in another text encoding than the rest (line {lines}), so they were left out rather than shown as garbled text.</source>
        <translation>파일의 {count}개 줄({lines}번째 줄)이 나머지와 다른 텍스트 인코딩으로 작성되어 있어, 깨진 글자로 표시하는 대신 제외했습니다.</translation>
    </message>
    <message>
        <source>The file was probably joined from two files saved differently. Save each part as UTF-8 (in Excel: &apos;CSV UTF-8&apos;) and join them again.</source>
        <translation>서로 다르게 저장된 두 파일을 합친 파일일 가능성이 높습니다. 각 부분을 UTF-8(Excel에서는 &apos;CSV UTF-8&apos;)로 저장한 후 다시 합치세요.</translation>
    </message>
    <message>
        <source>Pick a model that knows your language: {recommendation}</source>
        <translation>내 언어를 아는 모델을 선택하세요: {recommendation}</translation>
    </message>
    <message>
        <source>Pick a model that knows your language, e.g. a multilingual one.</source>
        <translation>내 언어를 아는 모델(예: 다국어 모델)을 선택하세요.</translation>
    </message>
    <message>
        <source>The text is {length} tokens long; the model reads only the first {limit}.</source>
        <translation>텍스트 길이가 {length}토큰이지만, 모델은 처음 {limit}토큰까지만 읽습니다.</translation>
    </message>
    <message>
        <source>The model does not know {share:.0%} of the words and signs in your texts (it reads them as &apos;unknown&apos;), so it cannot tell those texts apart.</source>
        <translation>모델이 텍스트에 있는 단어와 기호의 {share:.0%}를 알지 못합니다(&apos;unknown&apos;으로 읽음). 그래서 해당 텍스트를 서로 구별할 수 없습니다.</translation>
    </message>
    <message>
        <source>{share:.0%} of the texts are longer than the {limit} tokens the model reads; the rest of each is ignored.</source>
        <translation>텍스트의 {share:.0%}가 모델이 읽는 {limit}토큰보다 깁니다. 각 텍스트의 나머지 부분은 무시됩니다.</translation>
    </message>
    <message>
        <source>Split long texts into shorter passages, or raise the maximum length.</source>
        <translation>긴 텍스트를 짧은 단락으로 나누거나 최대 길이를 늘리세요.</translation>
    </message>
</context>
<context>
    <name>evaluation</name>
    <message>
        <source>The data shape &apos;{shape}&apos; is not one evaluation understands.</source>
        <extracomment>Evaluation rows used at most, so that measuring stays quick on a CPU.</extracomment>
        <translation>데이터 형태 &apos;{shape}&apos;은(는) 평가에서 지원하지 않습니다.</translation>
    </message>
    <message>
        <source>There are too few evaluation rows (or they all have the same label) to measure the model.</source>
        <translation>평가용 행이 너무 적거나 모두 같은 레이블이어서 모델을 측정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Use more rows, with both similar and not-similar examples.</source>
        <translation>비슷한 예시와 비슷하지 않은 예시가 모두 포함되도록 행을 더 사용하세요.</translation>
    </message>
    <message>
        <source>agreement with your scores (Spearman, 1 = perfect)</source>
        <translation>입력한 점수와의 일치도(Spearman, 1 = 완벽)</translation>
    </message>
    <message>
        <source>share of questions whose right answer comes first</source>
        <translation>정답이 첫 번째로 나오는 질문의 비율</translation>
    </message>
    <message>
        <source>how near the top the right answer ranks (MRR@10, 1 = always first)</source>
        <translation>정답이 얼마나 상위에 오는지(MRR@10, 1 = 항상 첫 번째)</translation>
    </message>
    <message>
        <source>share of rows where the matching text is closer than the non-matching one</source>
        <translation>일치하는 텍스트가 일치하지 않는 텍스트보다 더 가까운 행의 비율</translation>
    </message>
    <message>
        <source>how well similar and not-similar pairs are told apart (average precision)</source>
        <translation>비슷한 쌍과 비슷하지 않은 쌍을 얼마나 잘 구별하는지(평균 정밀도)</translation>
    </message>
    <message>
        <source>share of pairs judged correctly</source>
        <translation>올바르게 판정한 쌍의 비율</translation>
    </message>
    <message>
        <source>agreement with your scores (Spearman) {change}</source>
        <translation>입력한 점수와의 일치도(Spearman) {change}</translation>
    </message>
    <message>
        <source>the right answer comes first for {change} of questions</source>
        <translation>질문의 {change}에서 정답이 첫 번째로 나옴</translation>
    </message>
    <message>
        <source>how near the top the right answer ranks (MRR@10) {change}</source>
        <translation>정답이 얼마나 상위에 오는지(MRR@10) {change}</translation>
    </message>
    <message>
        <source>the matching text is closer than the non-matching one in {change} of rows</source>
        <translation>행의 {change}에서 일치하는 텍스트가 일치하지 않는 텍스트보다 더 가까움</translation>
    </message>
    <message>
        <source>similar and not-similar pairs are told apart with average precision {change}</source>
        <translation>비슷한 쌍과 비슷하지 않은 쌍 구별의 평균 정밀도 {change}</translation>
    </message>
    <message>
        <source>among the first {k}</source>
        <translation>상위 {k}개 기준</translation>
    </message>
    <message>
        <source>agreement of the similarities with your scores (ranking, 1 = perfect)</source>
        <translation>유사도와 입력한 점수의 일치도(순위 기준, 1 = 완벽)</translation>
    </message>
    <message>
        <source>agreement of the similarities with your scores (straight line, 1 = perfect)</source>
        <translation>유사도와 입력한 점수의 일치도(직선 관계 기준, 1 = 완벽)</translation>
    </message>
    <message>
        <source>share of rows judged correctly</source>
        <translation>올바르게 판정한 행의 비율</translation>
    </message>
    <message>
        <source>share of answers found that are right</source>
        <translation>찾은 답변 중 정답의 비율</translation>
    </message>
    <message>
        <source>share of the right answers that are found</source>
        <translation>전체 정답 중 찾아낸 정답의 비율</translation>
    </message>
    <message>
        <source>how near the top the right answer comes (1 = always first)</source>
        <translation>정답이 얼마나 상위에 오는지(1 = 항상 첫 번째)</translation>
    </message>
    <message>
        <source>how well the right answers are ordered at the top (1 = perfect)</source>
        <translation>정답이 상위에 얼마나 잘 정렬되는지(1 = 완벽)</translation>
    </message>
    <message>
        <source>how well all right answers rank near the top (1 = perfect)</source>
        <translation>모든 정답이 얼마나 상위에 오는지(1 = 완벽)</translation>
    </message>
    <message>
        <source>how well similar and not-similar pairs are told apart (1 = perfect)</source>
        <translation>비슷한 쌍과 비슷하지 않은 쌍을 얼마나 잘 구별하는지(1 = 완벽)</translation>
    </message>
    <message>
        <source>balance of found and correct similar pairs (1 = perfect)</source>
        <translation>비슷한 쌍을 빠짐없이, 또 정확하게 찾는 정도의 균형(1 = 완벽)</translation>
    </message>
    <message>
        <source>agreement of the similar/not-similar calls with your labels (1 = perfect)</source>
        <translation>비슷함/다름 판정과 입력한 레이블의 일치도(1 = 완벽)</translation>
    </message>
    <message>
        <source>similarity above which pairs count as similar (for accuracy)</source>
        <translation>이 값보다 유사도가 높으면 비슷한 쌍으로 봄(정확도 기준)</translation>
    </message>
    <message>
        <source>similarity above which pairs count as similar (for balance)</source>
        <translation>이 값보다 유사도가 높으면 비슷한 쌍으로 봄(균형 기준)</translation>
    </message>
    <message>
        <source>share of questions with the right answer (among the first {k})</source>
        <translation>정답이 있는 질문의 비율(상위 {k}개 기준)</translation>
    </message>
    <message>
        <source>another measure of the library ({name})</source>
        <translation>라이브러리의 다른 측정값({name})</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>질문 1개</translation>
    </message>
    <message>
        <source>{rows:,} questions</source>
        <translation>질문 {rows:,}개</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>행 1개</translation>
    </message>
    <message>
        <source>{rows:,} rows</source>
        <translation>행 {rows:,}개</translation>
    </message>
    <message>
        <source>1 pair</source>
        <translation>쌍 1개</translation>
    </message>
    <message>
        <source>{rows:,} pairs</source>
        <translation>쌍 {rows:,}개</translation>
    </message>
    <message>
        <source>On the {unit} of your evaluation file</source>
        <translation>평가 파일의 {unit}에서</translation>
    </message>
    <message>
        <source>On {unit} the model had not seen</source>
        <translation>모델이 보지 못한 {unit}에서</translation>
    </message>
    <message>
        <source>{where}, its similarity now agrees with your scores {after:.2f} (it was {before:.2f}; 1.0 would be perfect, 0 is no agreement).</source>
        <translation>{where} 모델의 유사도와 입력한 점수의 일치도는 이제 {after:.2f}입니다(이전: {before:.2f}, 1.0이면 완벽, 0이면 전혀 일치하지 않음).</translation>
    </message>
    <message>
        <source>{where}, its similarity now agrees with your scores {after:.2f} (1.0 would be perfect, 0 is no agreement).</source>
        <translation>{where} 모델의 유사도와 입력한 점수의 일치도는 이제 {after:.2f}입니다(1.0이면 완벽, 0이면 전혀 일치하지 않음).</translation>
    </message>
    <message>
        <source>{where}, it now puts the right answer first for {after} of them (it was {before}; guessing would get {chance}).</source>
        <translation>{where} 이제 그중 {after}에서 정답을 첫 번째로 찾습니다(이전: {before}, 무작위로 고르면 {chance}).</translation>
    </message>
    <message>
        <source>{where}, it now puts the right answer first for {after} of them (guessing would get {chance}).</source>
        <translation>{where} 이제 그중 {after}에서 정답을 첫 번째로 찾습니다(무작위로 고르면 {chance}).</translation>
    </message>
    <message>
        <source>{where}, the matching text now comes out closer than the other one in {after} of them (it was {before}; guessing would get 50%).</source>
        <translation>{where} 이제 그중 {after}에서 일치하는 텍스트가 다른 텍스트보다 더 가깝게 나옵니다(이전: {before}, 무작위로 고르면 50%).</translation>
    </message>
    <message>
        <source>{where}, the matching text now comes out closer than the other one in {after} of them (guessing would get 50%).</source>
        <translation>{where} 이제 그중 {after}에서 일치하는 텍스트가 다른 텍스트보다 더 가깝게 나옵니다(무작위로 고르면 50%).</translation>
    </message>
    <message>
        <source>{where}, it now tells similar from not-similar pairs with a score of {after:.2f} (it was {before:.2f}; 1.0 would be perfect, {chance:.2f} would be guessing).</source>
        <translation>{where} 이제 비슷한 쌍과 비슷하지 않은 쌍을 {after:.2f}점으로 구별합니다(이전: {before:.2f}, 1.0이면 완벽, {chance:.2f}이면 무작위 수준).</translation>
    </message>
    <message>
        <source>{where}, it now tells similar from not-similar pairs with a score of {after:.2f} (1.0 would be perfect, {chance:.2f} would be guessing).</source>
        <translation>{where} 이제 비슷한 쌍과 비슷하지 않은 쌍을 {after:.2f}점으로 구별합니다(1.0이면 완벽, {chance:.2f}이면 무작위 수준).</translation>
    </message>
</context>
<context>
    <name>exporting</name>
    <message>
        <source>Could not write {name}: {error}.</source>
        <extracomment>Leading characters a spreadsheet may treat as the start of a formula. Characters spreadsheets skip before a formula starts: whitespace (Unicode&apos;s too), control characters, zero-width spaces and byte-order marks. Characters the XML inside an XLSX file cannot hold (openpyxl refuses them). Most characters an Excel cell holds; longer labels are cut (Excel reports such a file as damaged). Label of the top-left cell.</extracomment>
        <translation>{name}을(를) 저장할 수 없습니다: {error}.</translation>
    </message>
    <message>
        <source>Pick another folder or close the file if a spreadsheet program has it open.</source>
        <translation>다른 폴더를 선택하거나, 스프레드시트 프로그램에서 파일이 열려 있다면 닫으세요.</translation>
    </message>
    <message>
        <source>Cannot save a picture as &apos;.{suffix}&apos;.</source>
        <translation>이미지를 &apos;.{suffix}&apos; 형식으로 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Use a file name ending in .png or .svg.</source>
        <translation>파일 이름이 .png 또는 .svg로 끝나도록 하세요.</translation>
    </message>
</context>
<context>
    <name>hard_negatives</name>
    <message>
        <source>{mined} of {pairs} question/answer pairs got 1 wrong answer that looks right, found in the data itself.</source>
        <extracomment>Skip this many of the base model&apos;s best-ranked wrong answers (see the module docstring). A negative must score at least this share below the right answer (NV-Retriever&apos;s 95%). Never take a candidate scoring above this against the question. Candidates looked at per question (the library&apos;s ``range_max``), at most. Questions compared with the corpus at once (bounds memory: this many x corpus scores). Texts embedded between two progress reports / cancel checks. Examples kept in the summary for the user to look at. Losses that accept (anchor, positive, negative_1, ..., negative_n) rows.</extracomment>
        <translation>질문/답변 쌍 {pairs}개 중 {mined}개에 데이터 안에서 찾은 맞아 보이는 오답을 1개씩 붙였습니다.</translation>
    </message>
    <message>
        <source>{mined} of {pairs} question/answer pairs got {negatives} wrong answers that look right, found in the data itself.</source>
        <translation>질문/답변 쌍 {pairs}개 중 {mined}개에 데이터 안에서 찾은 맞아 보이는 오답을 {negatives}개씩 붙였습니다.</translation>
    </message>
    <message>
        <source>{mined} of {pairs} question/answer pairs got 1 wrong answer that looks right, found in the data itself; 1 pair had no safe wrong answer and was left out of this training.</source>
        <translation>질문/답변 쌍 {pairs}개 중 {mined}개에 데이터 안에서 찾은 맞아 보이는 오답을 1개씩 붙였습니다. 1개 쌍은 안전한 오답이 없어 이번 학습에서 제외했습니다.</translation>
    </message>
    <message>
        <source>{mined} of {pairs} question/answer pairs got {negatives} wrong answers that look right, found in the data itself; 1 pair had no safe wrong answer and was left out of this training.</source>
        <translation>질문/답변 쌍 {pairs}개 중 {mined}개에 데이터 안에서 찾은 맞아 보이는 오답을 {negatives}개씩 붙였습니다. 1개 쌍은 안전한 오답이 없어 이번 학습에서 제외했습니다.</translation>
    </message>
    <message>
        <source>{mined} of {pairs} question/answer pairs got 1 wrong answer that looks right, found in the data itself; {skipped} pairs had no safe wrong answer and were left out of this training.</source>
        <translation>질문/답변 쌍 {pairs}개 중 {mined}개에 데이터 안에서 찾은 맞아 보이는 오답을 1개씩 붙였습니다. {skipped}개 쌍은 안전한 오답이 없어 이번 학습에서 제외했습니다.</translation>
    </message>
    <message>
        <source>{mined} of {pairs} question/answer pairs got {negatives} wrong answers that look right, found in the data itself; {skipped} pairs had no safe wrong answer and were left out of this training.</source>
        <translation>질문/답변 쌍 {pairs}개 중 {mined}개에 데이터 안에서 찾은 맞아 보이는 오답을 {negatives}개씩 붙였습니다. {skipped}개 쌍은 안전한 오답이 없어 이번 학습에서 제외했습니다.</translation>
    </message>
    <message>
        <source>The number of wrong answers to find per question must be from 1 to {most} (it is {value}).</source>
        <translation>질문마다 찾을 오답 수는 1부터 {most}까지여야 합니다(현재 {value}).</translation>
    </message>
    <message>
        <source>1 to 3 is usual.</source>
        <translation>보통 1~3개를 씁니다.</translation>
    </message>
    <message>
        <source>Mining wrong answers needs question/answer pairs.</source>
        <translation>오답을 찾으려면 질문/답변 쌍이 필요합니다.</translation>
    </message>
    <message>
        <source>There are only {answers} different answers; finding 1 wrong answer per question needs at least {needed}.</source>
        <translation>서로 다른 답변이 {answers}개뿐입니다. 질문마다 오답을 1개씩 찾으려면 최소 {needed}개가 필요합니다.</translation>
    </message>
    <message>
        <source>There are only {answers} different answers; finding {negatives} wrong answers per question needs at least {needed}.</source>
        <translation>서로 다른 답변이 {answers}개뿐입니다. 질문마다 오답을 {negatives}개씩 찾으려면 최소 {needed}개가 필요합니다.</translation>
    </message>
    <message>
        <source>Use more rows, or train without wrong answers.</source>
        <translation>행을 더 사용하거나, 오답 없이 학습하세요.</translation>
    </message>
    <message>
        <source>Before training, the app looks through your own answers for each question&apos;s best-looking wrong answers and teaches the model that they are wrong. This helps most when many answers are alike. The very closest answers are skipped, because they are often right too, but check the examples: if an answer taught as wrong is in fact right, leave this off.</source>
        <extracomment>Rows the &quot;Show examples&quot; preview mines on (a sample keeps it to seconds on a laptop). What the option does, in plain words (the Loss page shows it; the CLI help says the same).</extracomment>
        <translation>학습 전에 앱이 입력한 답변들 중에서 질문마다 가장 맞아 보이는 오답을 찾아, 그것이 오답이라고 모델에 가르칩니다(하드 네거티브). 비슷한 답변이 많을 때 가장 효과가 큽니다. 질문과 너무 가까운 답변은 실제로도 정답인 경우가 많아 건너뛰지만, 예시를 꼭 확인하세요. 오답으로 가르친 답변이 실제로는 정답이라면 이 옵션을 끄세요.</translation>
    </message>
    <message>
        <source>Measured on two small question/answer sets (Korean chat replies and English quiz questions, 50 training steps of all-MiniLM-L6-v2), it made no clear difference: a question or two more (or fewer) of 70 to 160 got the right answer first. Try one run with it and one without, and keep the model that does better on your held-out rows.</source>
        <extracomment>What was measured (docs/benchmarks/hard-negatives.md), so the advice is not a promise.</extracomment>
        <translation>작은 질문/답변 데이터 두 가지(한국어 채팅 답변과 영어 퀴즈 질문, all-MiniLM-L6-v2로 50 학습 스텝)에서 측정해 보니 뚜렷한 차이가 없었습니다. 70~160개 질문 중 정답을 첫 번째로 찾은 질문이 한두 개 늘거나 줄었을 뿐입니다. 이 옵션을 켜고 한 번, 끄고 한 번 학습해 보고 검증용 행에서 더 좋은 결과를 낸 모델을 쓰세요.</translation>
    </message>
    <message>
        <source>Wrong answers that look right can only be found for question/answer pairs.</source>
        <translation>맞아 보이는 오답은 질문/답변 쌍에서만 찾을 수 있습니다.</translation>
    </message>
    <message>
        <source>Choose a file with a question column and an answer column.</source>
        <translation>질문 열과 답변 열이 있는 파일을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>losses</name>
    <message>
        <source>pairs of texts that belong together, without a score or label</source>
        <extracomment>Plain words for each data shape, used in &quot;your data has ...&quot; sentences.</extracomment>
        <translation>점수나 레이블 없이 서로 짝을 이루는 텍스트 쌍</translation>
    </message>
    <message>
        <source>a text, a matching text and a non-matching text in each row</source>
        <translation>각 행에 기준 텍스트, 일치하는 텍스트, 일치하지 않는 텍스트</translation>
    </message>
    <message>
        <source>pairs of texts with a similarity score</source>
        <translation>유사도 점수가 있는 텍스트 쌍</translation>
    </message>
    <message>
        <source>pairs of texts labelled similar / not similar</source>
        <translation>비슷함/다름 레이블이 있는 텍스트 쌍</translation>
    </message>
    <message>
        <source>pairs of texts with one of several classes</source>
        <translation>여러 분류 중 하나가 지정된 텍스트 쌍</translation>
    </message>
    <message>
        <source>two texts that belong together in each row</source>
        <extracomment>What each shape lacks, phrased for &quot;X needs ...; your data has none.&quot;</extracomment>
        <translation>각 행에 서로 짝을 이루는 텍스트 두 개</translation>
    </message>
    <message>
        <source>a third column with a text that does NOT match (a negative) in each row</source>
        <translation>각 행에 일치하지 않는 텍스트(오답 예시)가 담긴 세 번째 열</translation>
    </message>
    <message>
        <source>a similarity score for each pair</source>
        <translation>각 쌍의 유사도 점수</translation>
    </message>
    <message>
        <source>a similar / not-similar label for each pair</source>
        <translation>각 쌍의 비슷함/다름 레이블</translation>
    </message>
    <message>
        <source>a class (such as entailment / neutral / contradiction) for each pair</source>
        <translation>각 쌍의 분류(예: 함의 / 중립 / 모순)</translation>
    </message>
    <message>
        <source>Matryoshka training teaches the model to put the most important information first, so its vectors still work when cut short (for example 768 numbers down to 128). Shorter vectors make searching a large collection faster and smaller on disk, at a small cost in quality. It works on top of any loss; training takes a little longer.</source>
        <extracomment>The Matryoshka option explained for the loss page.</extracomment>
        <translation>Matryoshka 학습은 가장 중요한 정보를 앞쪽에 담도록 모델을 가르치므로, 벡터를 짧게 잘라도(예: 숫자 768개를 128개로) 계속 쓸 수 있습니다. 벡터가 짧으면 큰 자료에서 더 빠르게 검색할 수 있고 디스크 용량도 줄어들며, 품질은 조금만 떨어집니다. 어떤 손실 함수와도 함께 쓸 수 있으며, 학습 시간은 조금 더 걸립니다.</translation>
    </message>
    <message>
        <source>{loss} needs {needs}; your data has none.</source>
        <extracomment>Matryoshka sizes offered by default; those larger than the model&apos;s own are dropped.</extracomment>
        <translation>{loss}에는 {needs}이(가) 필요하지만 데이터에 없습니다.</translation>
    </message>
    <message>
        <source>{loss} needs {needs}; your data has {have}.</source>
        <translation>{loss}에는 {needs}이(가) 필요하지만 데이터에는 {have}이(가) 있습니다.</translation>
    </message>
    <message>
        <source>texts that belong together (two or three columns, no score or label)</source>
        <translation>서로 짝을 이루는 텍스트(열 2개 또는 3개, 점수나 레이블 없음)</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} 또는 {second}</translation>
    </message>
    <message>
        <source>{loss} learns from {wanted}; your data has {have}. Use {best} instead.</source>
        <translation>{loss}은(는) {wanted}(으)로 학습하지만 데이터에는 {have}이(가) 있습니다. 대신 {best}을(를) 사용하세요.</translation>
    </message>
    <message>
        <source>{loss} learns from {wanted}; your data has {have}.</source>
        <translation>{loss}은(는) {wanted}(으)로 학습하지만 데이터에는 {have}이(가) 있습니다.</translation>
    </message>
    <message>
        <source>Find the right answer among many</source>
        <extracomment>Every loss the app offers, the recommended ones first for their shapes.</extracomment>
        <translation>여러 답변 중 정답 찾기</translation>
    </message>
    <message>
        <source>Learns from texts that belong together, such as a question and its answer. For each question, the model is shown its own answer next to the answers of the other questions in the same batch, and learns to pick the right one. You only need the pairs: no scores or labels. If your rows also have a wrong answer, it is used as an extra, harder example.</source>
        <translation>질문과 그 답변처럼 서로 짝을 이루는 텍스트로 학습합니다. 각 질문마다 모델에게 그 질문의 답변과 같은 배치에 있는 다른 질문들의 답변을 함께 보여 주고, 올바른 답변을 고르도록 가르칩니다. 쌍만 있으면 되고 점수나 레이블은 필요 없습니다. 행에 오답도 있으면 더 어려운 추가 예시로 사용합니다.</translation>
    </message>
    <message>
        <source>Questions with answers, search queries with documents, titles with texts: the usual choice for search and FAQ matching. Bigger batches help.</source>
        <translation>질문과 답변, 검색어와 문서, 제목과 본문: 검색과 FAQ 매칭에 흔히 쓰는 방식입니다. 배치가 클수록 좋습니다.</translation>
    </message>
    <message>
        <source>Find the right answer among many (large batches, less memory)</source>
        <translation>여러 답변 중 정답 찾기(큰 배치, 적은 메모리)</translation>
    </message>
    <message>
        <source>The same idea as &apos;Find the right answer among many&apos;, but it works through the batch in small pieces so that much bigger batches fit in memory. Bigger batches mean more wrong answers to learn from, which usually gives a better model. Training is somewhat slower.</source>
        <translation>&apos;여러 답변 중 정답 찾기&apos;와 같은 방식이지만 배치를 작은 조각으로 나누어 처리하므로 훨씬 큰 배치도 메모리에 들어갑니다. 배치가 크면 학습에 쓸 오답이 많아져 보통 더 좋은 모델이 됩니다. 학습은 조금 느려집니다.</translation>
    </message>
    <message>
        <source>Question/answer pairs when you want large batches (64 and more) on a computer with limited memory.</source>
        <translation>메모리가 적은 컴퓨터에서 큰 배치(64 이상)를 쓰고 싶을 때의 질문/답변 쌍.</translation>
    </message>
    <message>
        <source>Match my similarity scores (ranking)</source>
        <translation>내 유사도 점수에 맞추기(순위)</translation>
    </message>
    <message>
        <source>Learns from pairs of sentences that you scored for similarity (for example 0 to 5). The model learns to put the pairs in the same order as your scores: a pair you rated 4 should end up closer than a pair you rated 2. Only the order matters, so it copes well with scores that different people gave.</source>
        <translation>유사도 점수(예: 0~5)를 매긴 문장 쌍으로 학습합니다. 모델은 점수와 같은 순서로 쌍을 정렬하도록 배웁니다. 4점을 준 쌍이 2점을 준 쌍보다 더 가까워야 합니다. 순서만 중요하므로 여러 사람이 매긴 점수도 잘 다룹니다.</translation>
    </message>
    <message>
        <source>Sentence pairs with a similarity score: the recommended choice.</source>
        <translation>유사도 점수가 있는 문장 쌍: 권장 방식입니다.</translation>
    </message>
    <message>
        <source>Match my similarity scores (AnglE)</source>
        <translation>내 유사도 점수에 맞추기(AnglE)</translation>
    </message>
    <message>
        <source>Like &apos;Match my similarity scores (ranking)&apos;, it learns to order your scored pairs the way you scored them, but measures closeness by angle. It sometimes trains a little better when many pairs are almost the same.</source>
        <translation>&apos;내 유사도 점수에 맞추기(순위)&apos;처럼 점수를 매긴 쌍을 점수 순서대로 정렬하도록 배우지만, 가까운 정도를 각도로 측정합니다. 거의 같은 쌍이 많을 때 조금 더 잘 학습되기도 합니다.</translation>
    </message>
    <message>
        <source>Scored sentence pairs, as an alternative to CoSENTLoss worth comparing.</source>
        <translation>점수를 매긴 문장 쌍에서 CoSENTLoss와 비교해 볼 만한 대안.</translation>
    </message>
    <message>
        <source>Copy my similarity scores</source>
        <translation>내 유사도 점수 그대로 따르기</translation>
    </message>
    <message>
        <source>Learns from pairs of sentences with a similarity score and tries to make the model&apos;s own similarity number equal to your score for every pair. It is the classic choice and easy to understand, but it treats your exact numbers as the truth, so uneven scoring hurts it more than the ranking losses.</source>
        <translation>유사도 점수가 있는 문장 쌍으로 학습하며, 모든 쌍에서 모델이 계산한 유사도 값이 입력한 점수와 같아지도록 합니다. 오래된 기본 방식이고 이해하기 쉽지만, 입력한 숫자를 그대로 정답으로 여기므로 점수가 고르지 않으면 순위 기반 손실 함수보다 더 큰 영향을 받습니다.</translation>
    </message>
    <message>
        <source>Scored pairs when the exact score values are meaningful.</source>
        <translation>정확한 점수 값 자체가 의미 있는 경우의 점수 쌍.</translation>
    </message>
    <message>
        <source>Pull similar pairs together, push others apart</source>
        <translation>비슷한 쌍은 가깝게, 나머지는 멀게</translation>
    </message>
    <message>
        <source>Learns from pairs of texts marked similar or not similar (1 or 0). Pairs marked similar are pulled close together; pairs marked not similar are pushed apart until they are far enough.</source>
        <translation>비슷함 또는 다름(1 또는 0)으로 표시한 텍스트 쌍으로 학습합니다. 비슷함으로 표시한 쌍은 서로 가깝게 끌어당기고, 다름으로 표시한 쌍은 충분히 멀어질 때까지 밀어냅니다.</translation>
    </message>
    <message>
        <source>Duplicate detection with yes/no labels, e.g. &apos;are these two questions the same?&apos;.</source>
        <translation>예/아니요 레이블로 중복 찾기(예: &apos;이 두 질문이 같은가?&apos;).</translation>
    </message>
    <message>
        <source>Learn from the hardest similar / not-similar pairs</source>
        <translation>가장 어려운 비슷함/다름 쌍으로 학습하기</translation>
    </message>
    <message>
        <source>Learns from pairs of texts marked similar or not similar, like &apos;Pull similar pairs together&apos;, but in each batch it concentrates on the pairs the model still gets wrong: similar pairs that look far apart and different pairs that look close. This usually trains better and faster.</source>
        <translation>&apos;비슷한 쌍은 가깝게&apos;처럼 비슷함 또는 다름으로 표시한 텍스트 쌍으로 학습하지만, 배치마다 모델이 아직 틀리는 쌍에 집중합니다. 멀어 보이는 비슷한 쌍과 가까워 보이는 다른 쌍입니다. 보통 더 잘, 더 빠르게 학습됩니다.</translation>
    </message>
    <message>
        <source>Pairs with a yes/no similarity label: the recommended choice.</source>
        <translation>예/아니요 유사도 레이블이 있는 쌍: 권장 방식입니다.</translation>
    </message>
    <message>
        <source>Tell the relation of two sentences</source>
        <translation>두 문장의 관계 구별하기</translation>
    </message>
    <message>
        <source>Learns from pairs of sentences that each carry one of a few classes, such as &apos;entailment&apos;, &apos;neutral&apos; and &apos;contradiction&apos;. The model learns to produce vectors from which the class of the pair can be told apart. This is how the first sentence-embedding models were trained on NLI data.</source>
        <translation>&apos;함의&apos;, &apos;중립&apos;, &apos;모순&apos;처럼 몇 가지 분류 중 하나가 붙은 문장 쌍으로 학습합니다. 모델은 쌍의 분류를 구별할 수 있는 벡터를 만들도록 배웁니다. 초기 문장 임베딩 모델들이 NLI 데이터로 이렇게 학습되었습니다.</translation>
    </message>
    <message>
        <source>Sentence pairs with three or more classes (NLI-style data).</source>
        <translation>분류가 3개 이상인 문장 쌍(NLI 형식 데이터).</translation>
    </message>
    <message>
        <source>Closer to the right text than to the wrong one</source>
        <translation>틀린 텍스트보다 맞는 텍스트에 더 가깝게</translation>
    </message>
    <message>
        <source>Learns from rows of three texts: a text, one that matches it and one that does not. The model learns to place the matching text closer than the non-matching one by a safe margin. Unlike &apos;Find the right answer among many&apos; it only uses the wrong text you wrote down.</source>
        <translation>세 텍스트로 이루어진 행으로 학습합니다. 기준 텍스트, 그와 일치하는 텍스트, 일치하지 않는 텍스트입니다. 모델은 일치하는 텍스트를 일치하지 않는 텍스트보다 충분한 여유를 두고 더 가깝게 놓도록 배웁니다. &apos;여러 답변 중 정답 찾기&apos;와 달리 직접 적어 둔 틀린 텍스트만 사용합니다.</translation>
    </message>
    <message>
        <source>Rows with a hand-picked wrong answer, when batches must stay small.</source>
        <translation>직접 고른 오답이 있는 행, 배치를 작게 유지해야 할 때.</translation>
    </message>
    <message>
        <source>MatryoshkaLoss is an option on top of another loss, not a loss of its own.</source>
        <extracomment>The loss recommended for each shape.</extracomment>
        <translation>MatryoshkaLoss는 다른 손실 함수에 더하는 옵션이며, 그 자체로는 손실 함수가 아닙니다.</translation>
    </message>
    <message>
        <source>Pick a loss and add the Matryoshka option.</source>
        <translation>손실 함수를 선택한 후 Matryoshka 옵션을 추가하세요.</translation>
    </message>
    <message>
        <source>There is no loss called &apos;{name}&apos;.</source>
        <translation>&apos;{name}&apos;(이)라는 손실 함수는 없습니다.</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>다음 중 하나를 선택하세요: {choices}.</translation>
    </message>
    <message>
        <source>The data shape &apos;{shape}&apos; is not one training understands.</source>
        <translation>데이터 형태 &apos;{shape}&apos;은(는) 학습에서 지원하지 않습니다.</translation>
    </message>
    <message>
        <source>Expected one of: {shapes}.</source>
        <translation>다음 중 하나여야 합니다: {shapes}.</translation>
    </message>
    <message>
        <source>Matryoshka sizes must be between 1 and the model&apos;s vector size {model_dim}; got {sizes}.</source>
        <translation>Matryoshka 크기는 1부터 모델의 벡터 크기 {model_dim} 사이여야 합니다. 입력한 값: {sizes}.</translation>
    </message>
    <message>
        <source>Use sizes such as {sizes}.</source>
        <translation>{sizes}와 같은 크기를 사용하세요.</translation>
    </message>
</context>
<context>
    <name>model_choice</name>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Vector size</source>
        <translation>벡터 크기</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>이 컴퓨터에 있음</translation>
    </message>
    <message>
        <source>Fast on a laptop</source>
        <extracomment>The catalogue&apos;s speed classes in words (read in the current language).</extracomment>
        <translation>노트북에서 빠름</translation>
    </message>
    <message>
        <source>Medium; a GPU helps</source>
        <translation>보통, GPU가 있으면 좋음</translation>
    </message>
    <message>
        <source>Slow without a GPU</source>
        <translation>GPU가 없으면 느림</translation>
    </message>
    <message>
        <source>Once the model is on this computer, the app checks how well it knows the words of your texts.</source>
        <extracomment>Rows of the data looked at to find its languages (cheap: script ranges, no model). The validation warnings the Base model step shows (the rest belong to the Data step). What the step says before a check can run, and when one could not. (NOT_HERE_YET, NO_DATA_YET, CHECKING, CHECK_FAILED, ALL_WORDS_KNOWN: read as attributes of this module, they are in the current language.)</extracomment>
        <translation>모델이 이 컴퓨터에 준비되면 앱이 모델이 텍스트의 단어를 얼마나 잘 아는지 확인합니다.</translation>
    </message>
    <message>
        <source>Pick your data first: the app then checks how well this model knows its words.</source>
        <translation>먼저 데이터를 선택하세요. 그러면 앱이 이 모델이 데이터의 단어를 얼마나 잘 아는지 확인합니다.</translation>
    </message>
    <message>
        <source>Checking your texts with this model&apos;s vocabulary…</source>
        <translation>이 모델의 어휘로 텍스트를 확인하는 중…</translation>
    </message>
    <message>
        <source>The app could not read this model&apos;s vocabulary, so it could not check your texts. You can still train.</source>
        <translation>이 모델의 어휘를 읽지 못해 텍스트를 확인할 수 없었습니다. 학습은 계속할 수 있습니다.</translation>
    </message>
    <message>
        <source>This model knows the words of your texts.</source>
        <translation>이 모델은 텍스트의 단어를 알고 있습니다.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>Download needed</source>
        <translation>다운로드 필요</translation>
    </message>
    <message>
        <source>“{ref}” does not look like a Hugging Face id. Ids look like “organisation/model-name”.</source>
        <translation>“{ref}”은(는) Hugging Face ID 형식이 아닙니다. ID는 “organisation/model-name”과 같은 형식입니다.</translation>
    </message>
    <message>
        <source>It makes vectors of {dimensions} numbers and reads up to {max_seq_length} tokens of each text.</source>
        <translation>숫자 {dimensions}개로 된 벡터를 만들고, 각 텍스트에서 최대 {max_seq_length}토큰까지 읽습니다.</translation>
    </message>
    <message>
        <source>It makes vectors of {dimensions} numbers.</source>
        <translation>숫자 {dimensions}개로 된 벡터를 만듭니다.</translation>
    </message>
    <message>
        <source>It reads up to {max_seq_length} tokens of each text.</source>
        <translation>각 텍스트에서 최대 {max_seq_length}토큰까지 읽습니다.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#188038&apos;&gt;✔ On this computer.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#188038&apos;&gt;✔ 이 컴퓨터에 있습니다.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Not on this computer yet: download it first ({size}).</source>
        <translation>아직 이 컴퓨터에 없습니다. 먼저 다운로드하세요({size}).</translation>
    </message>
    <message>
        <source>Not on this computer yet: download it first.</source>
        <translation>아직 이 컴퓨터에 없습니다. 먼저 다운로드하세요.</translation>
    </message>
    <message>
        <source>{done:,.0f} MB of {total:,.0f} MB</source>
        <translation>{total:,.0f} MB 중 {done:,.0f} MB</translation>
    </message>
    <message>
        <source>{done:,.0f} MB</source>
        <translation>{done:,.0f} MB</translation>
    </message>
    <message>
        <source>For texts in Sinhala, Russian, Korean and about 90 other languages, download {model} ({size}, about {minutes} minutes at {speed:g} Mbit/s). The app keeps working with the models on this computer meanwhile.</source>
        <translation>싱할라어, 러시아어, 한국어 등 약 90개 언어로 된 텍스트에는 {model}을(를) 다운로드하세요({size}, {speed:g} Mbit/s에서 약 {minutes}분). 그동안에도 이 컴퓨터에 있는 모델로 앱을 계속 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Words and signs it does not know: &lt;b&gt;{share:.0%}&lt;/b&gt; of your text.</source>
        <translation>모델이 모르는 단어와 기호: 텍스트의 &lt;b&gt;{share:.0%}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>“{column}”: {mean:g} tokens on average, longest {longest} (it reads {limit}); {over:.0%} are cut short.</source>
        <translation>“{column}”: 평균 {mean:g}토큰, 최대 {longest}토큰(모델은 {limit}토큰까지 읽음). {over:.0%}가 잘립니다.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Checked on {sampled:,} of {total:,} rows.&lt;/i&gt;</source>
        <translation>&lt;i&gt;{total:,}개 행 중 {sampled:,}개 행으로 확인했습니다.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Checked.</source>
        <translation>확인했습니다.</translation>
    </message>
    <message>
        <source>Your texts are in {missing}, which {chosen} was not trained on, so the app chose {model} instead: it knows {names} and {cost}.</source>
        <translation>텍스트가 {chosen}이(가) 학습하지 않은 {missing}(으)로 되어 있어, 앱이 대신 {model}을(를) 선택했습니다. 이 모델은 {names}을(를) 지원하며, {cost}.</translation>
    </message>
    <message>
        <source>{model} was not trained on {missing}. </source>
        <translation>{model}은(는) {missing}(으)로 학습되지 않았습니다. </translation>
    </message>
    <message>
        <source>Better for your texts: {model}, which knows {names} and {cost}.</source>
        <translation>텍스트에 더 적합한 모델: {model}. {names}을(를) 지원하며, {cost}.</translation>
    </message>
    <message>
        <source>Better for your texts: {model}, which {cost}.</source>
        <translation>텍스트에 더 적합한 모델: {model}. 이 모델은 {cost}.</translation>
    </message>
</context>
<context>
    <name>model_export</name>
    <message>
        <source>A standard file that many programs and languages can run (Python, C#, Java, JavaScript, C++) with ONNX Runtime, without PyTorch. Gives the same vectors as the original model and is usually faster on a CPU. Pick this if unsure.</source>
        <extracomment>The file that marks a folder as an export this app wrote (the only kind it may replace). The report written into every exported folder. Pip names of the add-on packages the export needs (the ``export`` extra in pyproject.toml). How users install the add-on outside the GUI. Texts used for the check when the model has no held-out rows and the caller gives none.</extracomment>
        <translation>여러 프로그램과 언어(Python, C#, Java, JavaScript, C++)에서 PyTorch 없이 ONNX Runtime으로 실행할 수 있는 표준 파일입니다. 원래 모델과 같은 벡터를 만들고, CPU에서는 보통 더 빠릅니다. 잘 모르겠다면 이것을 선택하세요.</translation>
    </message>
    <message>
        <source>ONNX, smaller and faster (int8)</source>
        <translation>ONNX, 더 작고 빠름(int8)</translation>
    </message>
    <message>
        <source>The ONNX file with most numbers stored as small integers: a smaller file and faster on most CPUs, with vectors that differ slightly from the original (the check below says how much). Good for servers and laptops without a GPU.</source>
        <translation>대부분의 숫자를 작은 정수로 저장한 ONNX 파일입니다. 파일이 더 작고 대부분의 CPU에서 더 빠르지만, 벡터가 원래 모델과 조금 다릅니다(얼마나 다른지는 아래 확인 결과에 나옵니다). GPU가 없는 서버와 노트북에 적합합니다.</translation>
    </message>
    <message>
        <source>Intel&apos;s engine for CPUs and Intel graphics. Often the fastest choice on Intel computers; the file stores its numbers at half size (16-bit) and gives the same vectors as the original model.</source>
        <translation>CPU와 Intel 그래픽용 Intel 엔진입니다. Intel 컴퓨터에서는 가장 빠른 경우가 많습니다. 파일은 숫자를 절반 크기(16비트)로 저장하며, 원래 모델과 같은 벡터를 만듭니다.</translation>
    </message>
    <message>
        <source>Exporting to {format} needs an add-on that is not installed ({packages}).</source>
        <translation>{format}(으)로 내보내려면 설치되지 않은 추가 기능이 필요합니다({packages}).</translation>
    </message>
    <message>
        <source>Install it with: {command}</source>
        <translation>다음 명령으로 설치하세요: {command}</translation>
    </message>
    <message>
        <source>The exported model&apos;s vectors differ from the original&apos;s more than they should (mean cosine similarity {mean:.3f}, below {threshold}). Use the original model, or another format.</source>
        <extracomment>The report&apos;s note when the export&apos;s vectors differ too much (English in the report; see :meth:`ExportReport.shown_notes`).</extracomment>
        <translation>내보낸 모델의 벡터가 원래 모델과 허용 범위보다 더 많이 다릅니다(평균 코사인 유사도 {mean:.3f}, 기준 {threshold} 미만). 원래 모델을 사용하거나 다른 형식을 선택하세요.</translation>
    </message>
    <message>
        <source>given texts</source>
        <extracomment>Where the checked texts came from (English in the report; see :meth:`ExportReport.shown_source`).</extracomment>
        <translation>입력한 텍스트</translation>
    </message>
    <message>
        <source>held-out rows</source>
        <translation>검증용 행</translation>
    </message>
    <message>
        <source>built-in samples</source>
        <translation>기본 제공 예시</translation>
    </message>
    <message>
        <source>There is no export format called &apos;{name}&apos;.</source>
        <translation>&apos;{name}&apos;(이)라는 내보내기 형식은 없습니다.</translation>
    </message>
    <message>
        <source>Pick one of: {names}.</source>
        <translation>다음 중 하나를 선택하세요: {names}.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path}은(는) 폴더가 아니라 파일입니다.</translation>
    </message>
    <message>
        <source>Choose a new folder name.</source>
        <translation>새 폴더 이름을 정하세요.</translation>
    </message>
    <message>
        <source>The export cannot go into the model&apos;s own folder (or a folder around it).</source>
        <translation>모델 자체의 폴더(또는 그 폴더를 포함하는 폴더)에는 내보낼 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose a separate, new folder for the export.</source>
        <translation>내보내기용으로 별도의 새 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>The folder {folder} already exists and was not written by an export of this app.</source>
        <translation>{folder} 폴더가 이미 있으며, 이 앱의 내보내기로 만든 폴더가 아닙니다.</translation>
    </message>
    <message>
        <source>Choose a new folder name; the app never replaces folders it did not write.</source>
        <translation>새 폴더 이름을 정하세요. 앱은 직접 만들지 않은 폴더를 절대 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <source>The folder {folder} already holds an export.</source>
        <translation>{folder} 폴더에 이미 내보낸 모델이 있습니다.</translation>
    </message>
    <message>
        <source>Choose another name, or allow replacing it.</source>
        <translation>다른 이름을 정하거나 덮어쓰기를 허용하세요.</translation>
    </message>
    <message>
        <source>There is no model folder at {path}.</source>
        <translation>{path}에 모델 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>Pick the folder of a trained model.</source>
        <translation>학습한 모델의 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>모델을 불러오는 중…</translation>
    </message>
    <message>
        <source>Writing the model as {format}…</source>
        <translation>모델을 {format}(으)로 저장하는 중…</translation>
    </message>
    <message>
        <source>Checking that the export gives the same vectors…</source>
        <translation>내보낸 모델이 같은 벡터를 만드는지 확인하는 중…</translation>
    </message>
    <message>
        <source>Measuring the speed on this computer&apos;s processor…</source>
        <translation>이 컴퓨터의 프로세서에서 속도를 측정하는 중…</translation>
    </message>
    <message>
        <source>Saving to {folder}…</source>
        <translation>{folder}에 저장하는 중…</translation>
    </message>
    <message>
        <source>The folder {folder} appeared while exporting.</source>
        <translation>내보내는 동안 {folder} 폴더가 생겼습니다.</translation>
    </message>
    <message>
        <source>The export could not be written to {folder} ({error}).</source>
        <translation>{folder}에 내보낸 파일을 저장할 수 없습니다({error}).</translation>
    </message>
    <message>
        <source>Check that the folder is writable and the disk has free space.</source>
        <translation>폴더에 쓰기 권한이 있는지, 디스크에 여유 공간이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>This model could not be converted ({error}).</source>
        <translation>이 모델은 변환할 수 없습니다({error}).</translation>
    </message>
    <message>
        <source>Models with unusual architectures may not export; the original model folder still works in the app and with sentence-transformers.</source>
        <translation>구조가 특이한 모델은 내보내지 못할 수 있습니다. 원래 모델 폴더는 앱과 sentence-transformers에서 계속 사용할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>package</name>
    <message>
        <source>The data file {path} named in the configuration does not exist.</source>
        <extracomment>The file that marks a folder as a package this app wrote (the only kind it may replace). The app&apos;s data folder inside a package (EMBEDTUNE_HOME on the server): its models/ holds the base model when the configuration names it by its Hub id. Packages of the app&apos;s own dependencies a training server does not need (GUI, bundled model).</extracomment>
        <translation>설정 파일에 지정된 데이터 파일 {path}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Open the configuration in the app and pick the file again.</source>
        <translation>앱에서 설정 파일을 열고 파일을 다시 선택하세요.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path}은(는) 폴더가 아니라 파일입니다.</translation>
    </message>
    <message>
        <source>Choose a new folder name.</source>
        <translation>새 폴더 이름을 정하세요.</translation>
    </message>
    <message>
        <source>The folder {folder} already exists and was not written by this app.</source>
        <translation>{folder} 폴더가 이미 있으며, 이 앱에서 만든 폴더가 아닙니다.</translation>
    </message>
    <message>
        <source>Choose a new folder name; the app never replaces folders it did not write.</source>
        <translation>새 폴더 이름을 정하세요. 앱은 직접 만들지 않은 폴더를 절대 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <source>The folder {folder} already holds a packed run.</source>
        <translation>{folder} 폴더에 이미 묶어 둔 학습 실행이 있습니다.</translation>
    </message>
    <message>
        <source>Choose another name, or allow replacing it.</source>
        <translation>다른 이름을 정하거나 덮어쓰기를 허용하세요.</translation>
    </message>
    <message>
        <source>The configuration names no training file.</source>
        <translation>설정 파일에 학습 파일이 지정되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Pick a spreadsheet in the app first.</source>
        <translation>먼저 앱에서 스프레드시트를 선택하세요.</translation>
    </message>
    <message>
        <source>The folder {folder} appeared while packing.</source>
        <translation>묶는 동안 {folder} 폴더가 생겼습니다.</translation>
    </message>
    <message>
        <source>The folder {folder} could not be written ({error}).</source>
        <translation>{folder} 폴더에 쓸 수 없습니다({error}).</translation>
    </message>
    <message>
        <source>Check that the place is writable and the disk has free space.</source>
        <translation>해당 위치에 쓰기 권한이 있는지, 디스크에 여유 공간이 있는지 확인하세요.</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source>All {rows:,} rows train; the separate file measures the result.</source>
        <translation>{rows:,}개 행을 모두 학습에 씁니다. 결과는 별도 파일로 측정합니다.</translation>
    </message>
    <message>
        <source>All {rows:,} rows train.</source>
        <translation>{rows:,}개 행을 모두 학습에 씁니다.</translation>
    </message>
    <message>
        <source>All {rows:,} rows train. {note}</source>
        <translation>{rows:,}개 행을 모두 학습에 씁니다. {note}</translation>
    </message>
    <message>
        <source>{train:,} rows train, {held:,} are kept apart to measure the result.</source>
        <translation>{train:,}개 행을 학습에 쓰고, {held:,}개 행은 결과 측정을 위해 따로 둡니다.</translation>
    </message>
    <message>
        <source>Nothing is kept apart, so the result is not measured.</source>
        <translation>따로 둔 행이 없어 결과를 측정하지 않습니다.</translation>
    </message>
    <message>
        <source>With under {min_rows} rows every row is needed to learn, so there is no independent measure of the result: try the trained model on a few sentences of your own in the Playground.</source>
        <translation>행이 {min_rows}개 미만이면 모든 행이 학습에 필요하므로 결과를 따로 측정할 수 없습니다. 플레이그라운드에서 직접 만든 문장 몇 개로 학습한 모델을 시험해 보세요.</translation>
    </message>
    <message>
        <source>Batch {batch} and learning rate {rate:g} (a smaller rate for a large model).</source>
        <translation>배치 {batch}, 학습률 {rate:g}(큰 모델에는 더 작은 학습률).</translation>
    </message>
    <message>
        <source>Batch {batch} and learning rate {rate:g}.</source>
        <translation>배치 {batch}, 학습률 {rate:g}.</translation>
    </message>
    <message>
        <source>1 pass over the {rows:,} rows (more would not fit in {minutes:.0f} minutes).</source>
        <translation>{rows:,}개 행 전체로 에포크 1회 학습합니다({minutes:.0f}분 안에 더 많이 할 수 없음).</translation>
    </message>
    <message>
        <source>{passes} passes over the {rows:,} rows (more would not fit in {minutes:.0f} minutes).</source>
        <translation>{rows:,}개 행 전체로 에포크 {passes}회 학습합니다({minutes:.0f}분 안에 더 많이 할 수 없음).</translation>
    </message>
    <message>
        <source>{passes} passes over the {rows:,} rows (smaller files need more).</source>
        <translation>{rows:,}개 행 전체로 에포크 {passes}회 학습합니다(파일이 작을수록 더 많이 필요).</translation>
    </message>
    <message>
        <source>Automatic settings: batch 16 (32 for question/answer pairs on a GPU), learning rate 5e-5 (2e-5 for models over 150M weights), warm-up over the first 10% of steps, and more passes for smaller files (10 under 100 rows, 6 under 1,000, 4 under 5,000, 2 under 20,000, then 1), fewer if the passes would not fit the time budget (30 minutes unless you set one). 10% of the rows (at least 10) are kept apart to measure the model, except below 30 rows where every row trains. The model is measured on those rows during training; the end of training is kept unless an earlier moment was clearly better there.</source>
        <extracomment>Below this many rows, every row trains and nothing is held out (a handful of held-out rows measures nothing reliable, and each row matters for learning). A held-out share never keeps fewer rows than this apart. Held-out rows used at most (measuring stays quick during training). The time a run may take by default, in seconds, when sizing the number of passes. Rough training speed (examples a second) of a small model (~22M weights) per device; used only to keep the automatic number of passes inside the time budget. Weights of the model the rough speeds above were taken with. Evaluations during a run at most (each one embeds the held-out rows). What ``automatic`` means, in words (``train --help`` and the Settings page show it).</extracomment>
        <translation>자동 설정: 배치 16(GPU에서 질문/답변 쌍은 32), 학습률 5e-5(가중치가 150M개를 넘는 모델은 2e-5), 처음 10% 스텝 동안 워밍업, 파일이 작을수록 에포크를 늘림(100행 미만 10, 1,000행 미만 6, 5,000행 미만 4, 20,000행 미만 2, 그 이상 1). 다만 시간 예산(따로 정하지 않으면 30분) 안에 끝나지 않으면 에포크를 줄입니다. 모델 측정을 위해 행의 10%(최소 10개)를 따로 두며, 30행 미만이면 모든 행을 학습에 씁니다. 학습 중에 이 행들로 모델을 측정하며, 더 이른 시점이 확실히 더 좋았던 경우가 아니면 학습이 끝난 시점의 모델을 남깁니다.</translation>
    </message>
    <message>
        <source>The model is measured on the {held:,} held-out rows every {every} steps; an earlier moment replaces the end only if it was clearly better.</source>
        <translation>학습 중 {every}스텝마다 검증용 행 {held:,}개로 모델을 측정합니다. 더 이른 시점이 확실히 더 좋았을 때만 끝 시점 대신 그 시점의 모델을 남깁니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimated training time: {duration}&lt;/b&gt; for {steps:,} steps (an estimate, based on the speed measured on your last run with this model). Loading the model and checking quality before and after add a little.</source>
        <extracomment>The config fields :func:`apply_plan` fills. Seconds of one CPU training step of 16 examples of 64 tokens with a ~90 MB model (all-MiniLM-L6-v2 on this project&apos;s two shared cores); other sizes scale from it. A GPU is assumed this many times faster than the CPU. The model size (MB) the assumed step time was measured with. The file in the app&apos;s data folder that remembers measured training speeds.</extracomment>
        <translation>&lt;b&gt;예상 학습 시간: {duration}&lt;/b&gt;, {steps:,}스텝(이 모델로 마지막에 학습했을 때 측정한 속도를 바탕으로 한 추정치). 모델을 불러오고 학습 전후에 품질을 확인하는 데 시간이 조금 더 걸립니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimated training time: {duration}&lt;/b&gt; for {steps:,} steps (an estimate, assumed for a model of this size on this device; your first run measures it). Loading the model and checking quality before and after add a little.</source>
        <translation>&lt;b&gt;예상 학습 시간: {duration}&lt;/b&gt;, {steps:,}스텝(이 장치에서 이 크기의 모델을 가정한 추정치이며, 첫 학습에서 실제 속도를 측정합니다). 모델을 불러오고 학습 전후에 품질을 확인하는 데 시간이 조금 더 걸립니다.</translation>
    </message>
    <message>
        <source>about {seconds} seconds</source>
        <translation>약 {seconds}초</translation>
    </message>
    <message>
        <source>about 1 minute</source>
        <translation>약 1분</translation>
    </message>
    <message>
        <source>about {minutes} minutes</source>
        <translation>약 {minutes}분</translation>
    </message>
    <message>
        <source>about 1 hour {minutes} minutes</source>
        <translation>약 1시간 {minutes}분</translation>
    </message>
    <message>
        <source>about {hours} hours {minutes} minutes</source>
        <translation>약 {hours}시간 {minutes}분</translation>
    </message>
    <message>
        <source>a graphics card (GPU)</source>
        <translation>그래픽 카드(GPU)</translation>
    </message>
    <message>
        <source>Apple&apos;s GPU</source>
        <translation>Apple GPU</translation>
    </message>
    <message>
        <source>this computer&apos;s processor (CPU)</source>
        <translation>이 컴퓨터의 프로세서(CPU)</translation>
    </message>
    <message>
        <source>Choose your data first; the suggestions depend on how many rows it has.</source>
        <translation>먼저 데이터를 선택하세요. 추천 설정은 행 수에 따라 달라집니다.</translation>
    </message>
    <message>
        <source>Suggested for &lt;b&gt;{rows:,}&lt;/b&gt; training rows on {device}.</source>
        <translation>{device}에서 학습 행 &lt;b&gt;{rows:,}&lt;/b&gt;개 기준 추천 설정입니다.</translation>
    </message>
    <message>
        <source>Suggested for &lt;b&gt;{rows:,}&lt;/b&gt; training rows on {device} (checking for a graphics card…).</source>
        <translation>{device}에서 학습 행 &lt;b&gt;{rows:,}&lt;/b&gt;개 기준 추천 설정입니다(그래픽 카드 확인 중…).</translation>
    </message>
</context>
<context>
    <name>playground</name>
    <message>
        <source>සිංහල Sinhala</source>
        <extracomment>Example sets offered as buttons: (button text, file in resources/examples).</extracomment>
        <translation>සිංහල 싱할라어</translation>
    </message>
    <message>
        <source>Русский Russian</source>
        <translation>Русский 러시아어</translation>
    </message>
    <message>
        <source>한국어 Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English 영어</translation>
    </message>
    <message>
        <source>Difference (second − first)</source>
        <extracomment>Most sentences shown in one matrix (a 100x100 matrix is already hard to read). Most rows of a data set searched. Sentences taken from the data set when compare mode opens with an empty box. Title of the difference matrix (second model minus first).</extracomment>
        <translation>차이(두 번째 − 첫 번째)</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <extracomment>What each export kind is called in a save dialog.</extracomment>
        <translation>PNG 이미지(*.png)</translation>
    </message>
    <message>
        <source>SVG picture (*.svg)</source>
        <translation>SVG 이미지(*.svg)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 파일(*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 통합 문서(*.xlsx)</translation>
    </message>
    <message>
        <source>Loading {model}… (the first model takes a few seconds)</source>
        <translation>{model} 불러오는 중…(첫 모델은 몇 초 걸립니다)</translation>
    </message>
    <message>
        <source>Downloading {model}: {done:.0f} of {total:.0f} MB…</source>
        <translation>{model} 다운로드 중: {total:.0f} MB 중 {done:.0f} MB…</translation>
    </message>
    <message>
        <source>{rows}×{columns} matrix in {ms:.0f} ms. Only the first {most} lines of a list are shown.</source>
        <translation>{rows}×{columns} 행렬, {ms:.0f}ms. 목록은 처음 {most}줄만 표시합니다.</translation>
    </message>
    <message>
        <source>{rows}×{columns} matrix in {ms:.0f} ms.</source>
        <translation>{rows}×{columns} 행렬, {ms:.0f}ms.</translation>
    </message>
    <message>
        <source>Similarity: {first:.3f} → {second:.3f} with the second model ({difference:+.3f})</source>
        <translation>유사도: {first:.3f} → 두 번째 모델 {second:.3f}({difference:+.3f})</translation>
    </message>
    <message>
        <source>Similarity: {first:.3f}</source>
        <translation>유사도: {first:.3f}</translation>
    </message>
    <message>
        <source>Searching {count:,} texts from {name}.</source>
        <translation>{name}의 텍스트 {count:,}개에서 검색합니다.</translation>
    </message>
    <message>
        <source>Searching the pasted list below. Import a data set on the Train tab to search it.</source>
        <translation>아래에 붙여 넣은 목록에서 검색합니다. 데이터 세트를 검색하려면 학습 탭에서 가져오세요.</translation>
    </message>
    <message>
        <source>Reading {count:,} texts for search (once)…</source>
        <translation>검색할 텍스트 {count:,}개를 읽는 중(처음 한 번만)…</translation>
    </message>
    <message>
        <source>Searched with {model} in {ms:.0f} ms.</source>
        <translation>{model}(으)로 {ms:.0f}ms 만에 검색했습니다.</translation>
    </message>
    <message>
        <source>{verdicts} Its similarity scores for these sentences mean little.</source>
        <translation>{verdicts} 따라서 이 문장들에 대한 유사도 점수는 큰 의미가 없습니다.</translation>
    </message>
    <message>
        <source>{advice} Try {model}: it knows {languages} and {cost}.</source>
        <translation>{advice} {model}을(를) 사용해 보세요. 이 모델은 {languages}을(를) 지원하며, {cost}.</translation>
    </message>
    <message>
        <source>Use {model}</source>
        <translation>{model} 사용</translation>
    </message>
</context>
<context>
    <name>plotting</name>
    <message>
        <source>change (after − before)</source>
        <extracomment>Fixed colour scale of a similarity map. Fixed colour scale of a difference map (after minus before).</extracomment>
        <translation>변화(학습 후 − 학습 전)</translation>
    </message>
    <message>
        <source>cosine similarity</source>
        <translation>코사인 유사도</translation>
    </message>
    <message>
        <source>evaluation score</source>
        <extracomment>Colours of the two curves (matplotlib&apos;s default blue and orange, readable when printed). The file name of the saved plot inside a trained model&apos;s folder.</extracomment>
        <translation>평가 점수</translation>
    </message>
    <message>
        <source>Spearman correlation</source>
        <translation>Spearman 상관계수</translation>
    </message>
    <message>
        <source>Pearson correlation</source>
        <translation>Pearson 상관계수</translation>
    </message>
    <message>
        <source>right answer first</source>
        <translation>정답이 1순위인 비율</translation>
    </message>
    <message>
        <source>average precision</source>
        <translation>평균 정밀도</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>학습 손실</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>학습 스텝</translation>
    </message>
    <message>
        <source>training loss (lower is better)</source>
        <translation>학습 손실(낮을수록 좋음)</translation>
    </message>
    <message>
        <source>The loss curve appears here once training starts.</source>
        <translation>학습이 시작되면 여기에 손실 그래프가 나타납니다.</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>{metric} (higher is better)</source>
        <translation>{metric}(높을수록 좋음)</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>학습 손실</translation>
    </message>
</context>
<context>
    <name>project</name>
    <message>
        <source>Could not save the project to {path} ({error}).</source>
        <extracomment>The suffix of project files (registered by the installers as the app&apos;s document type). What the ``format`` key of every project file says. Bumped when the file layout changes incompatibly. Config fields that always hold file or folder paths.</extracomment>
        <translation>프로젝트를 {path}에 저장할 수 없습니다({error}).</translation>
    </message>
    <message>
        <source>Pick another folder, or check that the disk is not full.</source>
        <translation>다른 폴더를 선택하거나 디스크가 가득 차지 않았는지 확인하세요.</translation>
    </message>
    <message>
        <source>{name} is not a project file of this app.</source>
        <translation>{name}은(는) 이 앱의 프로젝트 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>Pick a file ending in {suffix} saved by this app.</source>
        <translation>이 앱에서 저장한, {suffix}(으)로 끝나는 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {problem}.</source>
        <translation>{name}을(를) 열 수 없습니다: {problem}.</translation>
    </message>
    <message>
        <source>Fix or remove that part of the file, or pick a project saved by this app.</source>
        <translation>파일의 해당 부분을 고치거나 지우세요. 또는 이 앱에서 저장한 프로젝트를 선택하세요.</translation>
    </message>
    <message>
        <source>the setting &apos;relative_paths&apos; should be a list of named paths</source>
        <translation>&apos;relative_paths&apos; 설정은 이름이 붙은 경로 목록이어야 함</translation>
    </message>
    <message>
        <source>&apos;relative_paths&apos; names an unknown setting &apos;{name}&apos;</source>
        <translation>&apos;relative_paths&apos;에 알 수 없는 설정 &apos;{name}&apos;이(가) 있음</translation>
    </message>
    <message>
        <source>the relative path of &apos;{name}&apos; is not a clean piece of text</source>
        <translation>&apos;{name}&apos;의 상대 경로가 올바른 텍스트가 아님</translation>
    </message>
    <message>
        <source>{name} is not a project file of this app (too large, or not an ordinary file).</source>
        <translation>{name}은(는) 이 앱의 프로젝트 파일이 아닙니다(너무 크거나 일반 파일이 아님).</translation>
    </message>
    <message>
        <source>The project file {path} does not exist.</source>
        <translation>프로젝트 파일 {path}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>It may have been moved or deleted.</source>
        <translation>이동되었거나 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a project file.</source>
        <translation>{path}은(는) 프로젝트 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>Pick a project file.</source>
        <translation>프로젝트 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>Could not open {name} ({error}).</source>
        <translation>{name}을(를) 열 수 없습니다({error}).</translation>
    </message>
    <message>
        <source>Check that you may read the file.</source>
        <translation>파일을 읽을 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>its format version is not a whole number</source>
        <translation>형식 버전이 정수가 아님</translation>
    </message>
    <message>
        <source>{name} was saved by a newer version of the app.</source>
        <translation>{name}은(는) 더 새로운 버전의 앱에서 저장되었습니다.</translation>
    </message>
    <message>
        <source>Update the app to open it.</source>
        <translation>열려면 앱을 업데이트하세요.</translation>
    </message>
    <message>
        <source>{name} does not hold any settings.</source>
        <translation>{name}에 설정이 하나도 없습니다.</translation>
    </message>
    <message>
        <source>Pick a project saved by this app.</source>
        <translation>이 앱에서 저장한 프로젝트를 선택하세요.</translation>
    </message>
    <message>
        <source>the setting &apos;metadata&apos; should be a list of named values</source>
        <translation>&apos;metadata&apos; 설정은 이름이 붙은 값 목록이어야 함</translation>
    </message>
    <message>
        <source>the setting &apos;{key}&apos; should be a piece of text</source>
        <translation>&apos;{key}&apos; 설정은 텍스트여야 함</translation>
    </message>
    <message>
        <source>{name} cannot be opened. {problem}</source>
        <translation>{name}을(를) 열 수 없습니다. {problem}</translation>
    </message>
</context>
<context>
    <name>runner</name>
    <message>
        <source>No training file was chosen.</source>
        <extracomment>Aim for about this many loss points in a run (the curve the user watches). Wall-clock seconds of training between checkpoints (none in a shorter run, none at the end). Test-only environment variable: seconds between checkpoints instead of :data:`CHECKPOINT_INTERVAL_S` (the fault-injection tests make it tiny). Not a user setting: users set ``save_steps`` in the configuration. On GPUs, log the loss at most this often (each log waits for the GPU&apos;s queued work). How many times a run that ran out of memory before its first step is retried with a smaller per-step batch. What hard-negative mining did (``MiningSummary.to_dict()``), None when it was off. The step whose model was kept (the end unless an earlier moment was clearly better). The step with the highest held-out figure during training. Which moment was kept and why, in plain words (&quot;&quot; when the end was also the highest). The held-out measurements during training: dicts with step, epoch, value (the saved loss plot draws them beside the loss). What the kept model made of each held-out row (a RowMeasures; not saved): the search compares recipes row by row with it.</extracomment>
        <translation>학습 파일을 선택하지 않았습니다.</translation>
    </message>
    <message>
        <source>Pick a spreadsheet with your examples.</source>
        <translation>예시가 담긴 스프레드시트를 선택하세요.</translation>
    </message>
    <message>
        <source>No usable rows are left in the file after removing rows with problems.</source>
        <translation>문제가 있는 행을 제외하고 나니 파일에 사용할 수 있는 행이 남지 않았습니다.</translation>
    </message>
    <message>
        <source>Open the file and fix the rows the check lists.</source>
        <translation>파일을 열어 검사에서 나온 행을 고치세요.</translation>
    </message>
    <message>
        <source>The evaluation file has no column {columns}.</source>
        <translation>평가 파일에 {columns} 열이 없습니다.</translation>
    </message>
    <message>
        <source>Use an evaluation file with the same columns as the training file.</source>
        <translation>학습 파일과 같은 열이 있는 평가 파일을 사용하세요.</translation>
    </message>
    <message>
        <source>Pick a loss that fits your data, or leave it on automatic.</source>
        <translation>데이터에 맞는 손실 함수를 선택하거나 자동으로 두세요.</translation>
    </message>
    <message>
        <source>Wrong answers that look right are only found for question/answer pairs trained with Multiple Negatives Ranking; this run trains without them.</source>
        <translation>맞아 보이는 오답은 Multiple Negatives Ranking으로 학습하는 질문/답변 쌍에서만 찾습니다. 이번 학습은 오답 없이 진행합니다.</translation>
    </message>
    <message>
        <source>Finding wrong answers that look right in your examples…</source>
        <translation>예시에서 맞아 보이는 오답을 찾는 중…</translation>
    </message>
    <message>
        <source>Training was stopped while wrong answers were being found; nothing was trained.</source>
        <translation>오답을 찾는 중에 학습이 중지되어 아무것도 학습하지 않았습니다.</translation>
    </message>
    <message>
        <source>Start it again when you are ready.</source>
        <translation>준비가 되면 다시 시작하세요.</translation>
    </message>
    <message>
        <source>No safe wrong answers were found for any question.</source>
        <translation>어떤 질문에서도 안전한 오답을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>Train without &apos;answers that look right but are wrong&apos;.</source>
        <translation>&apos;맞아 보이지만 틀린 답변&apos; 없이 학습하세요.</translation>
    </message>
    <message>
        <source>Training now uses CachedMultipleNegativesRankingLoss: the same results with the same {batch} examples per step, computed {mini} at a time (slower, much less memory).</source>
        <translation>이제 CachedMultipleNegativesRankingLoss로 학습합니다. 스텝마다 같은 {batch}개 예시로 같은 결과를 내지만, 한 번에 {mini}개씩 계산합니다(더 느리지만 메모리를 훨씬 적게 씀).</translation>
    </message>
    <message>
        <source>Training now computes its {batch} examples per step {mini} at a time (the same results, slower, less memory).</source>
        <translation>이제 스텝마다 {batch}개 예시를 한 번에 {mini}개씩 계산합니다(결과는 같고, 더 느리지만 메모리를 적게 씀).</translation>
    </message>
    <message>
        <source>Training now processes {per_step} examples at a time and adds up {accumulation} of them before each update, so each update still learns from about {total} examples. With this loss fewer examples are compared with each other at once.</source>
        <translation>이제 한 번에 {per_step}개 예시를 처리하고, 이를 {accumulation}번 모아서 업데이트하므로 업데이트마다 여전히 약 {total}개 예시로 학습합니다. 이 손실 함수에서는 한 번에 서로 비교하는 예시 수가 줄어듭니다.</translation>
    </message>
    <message>
        <source>Training now processes {per_step} examples at a time and adds up {accumulation} of them before each update, so each update still learns from about {total} examples.</source>
        <translation>이제 한 번에 {per_step}개 예시를 처리하고, 이를 {accumulation}번 모아서 업데이트하므로 업데이트마다 여전히 약 {total}개 예시로 학습합니다.</translation>
    </message>
    <message>
        <source>Training uses CachedMultipleNegativesRankingLoss: the same results with the same {batch} examples per step, computed {mini} at a time.</source>
        <translation>CachedMultipleNegativesRankingLoss로 학습합니다. 스텝마다 같은 {batch}개 예시로 같은 결과를 내지만, 한 번에 {mini}개씩 계산합니다.</translation>
    </message>
    <message>
        <source>The GPU has {free_gb:.1f} GB free, likely too little for {batch} examples at once. {note}</source>
        <translation>GPU의 여유 메모리가 {free_gb:.1f} GB로, 한 번에 예시 {batch}개를 처리하기에는 부족할 수 있습니다. {note}</translation>
    </message>
    <message>
        <source>Nothing to do; a smaller maximum text length would make it faster.</source>
        <translation>따로 할 일은 없습니다. 최대 텍스트 길이를 줄이면 더 빨라집니다.</translation>
    </message>
    <message>
        <source>The interrupted run in {folder} was made by an earlier version of the app, which this version cannot continue.</source>
        <translation>{folder}의 중단된 학습은 이전 버전의 앱에서 만든 것이라 이 버전에서는 이어서 할 수 없습니다.</translation>
    </message>
    <message>
        <source>Start the training again without &apos;resume&apos;; that folder is left as it is (delete it yourself once you no longer need it).</source>
        <translation>&apos;resume&apos; 없이 학습을 다시 시작하세요. 해당 폴더는 그대로 두므로, 더 이상 필요 없으면 직접 삭제하세요.</translation>
    </message>
    <message>
        <source>There is no interrupted run to continue for {folder}.</source>
        <translation>{folder}에 이어서 할 중단된 학습이 없습니다.</translation>
    </message>
    <message>
        <source>Start the training again without &apos;resume&apos;.</source>
        <translation>&apos;resume&apos; 없이 학습을 다시 시작하세요.</translation>
    </message>
    <message>
        <source>The newest saved progress cannot be used ({problem}); continuing from the older one at step {step}.</source>
        <translation>가장 최근에 저장된 진행 상황을 사용할 수 없습니다({problem}). {step}스텝의 이전 진행 상황에서 이어서 합니다.</translation>
    </message>
    <message>
        <source>The saved progress of the interrupted run into {folder} cannot be used: {problem}.</source>
        <translation>{folder}(으)로 저장하던 중단된 학습의 진행 상황을 사용할 수 없습니다: {problem}.</translation>
    </message>
    <message>
        <source>No output folder was chosen.</source>
        <translation>출력 폴더를 선택하지 않았습니다.</translation>
    </message>
    <message>
        <source>Choose where to save the model.</source>
        <translation>모델을 저장할 위치를 선택하세요.</translation>
    </message>
    <message>
        <source>Reading your examples…</source>
        <translation>예시를 읽는 중…</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>모델을 불러오는 중…</translation>
    </message>
    <message>
        <source>Measuring the model before training…</source>
        <translation>학습 전 모델을 측정하는 중…</translation>
    </message>
    <message>
        <source>Training with {loss} on {rows} rows…</source>
        <translation>{rows}개 행으로 {loss} 학습 중…</translation>
    </message>
    <message>
        <source>The saved progress in {folder} cannot be read ({error}): it is damaged or was changed.</source>
        <translation>{folder}에 저장된 진행 상황을 읽을 수 없습니다({error}). 손상되었거나 변경되었습니다.</translation>
    </message>
    <message>
        <source>The GPU ran out of memory. {note}</source>
        <translation>GPU 메모리가 부족합니다. {note}</translation>
    </message>
    <message>
        <source>The computer ran out of memory. {note}</source>
        <translation>컴퓨터 메모리가 부족합니다. {note}</translation>
    </message>
    <message>
        <source>Nothing to do. A smaller maximum text length would use less memory and be faster.</source>
        <translation>따로 할 일은 없습니다. 최대 텍스트 길이를 줄이면 메모리를 덜 쓰고 더 빨라집니다.</translation>
    </message>
    <message>
        <source>Measuring the model after training…</source>
        <translation>학습 후 모델을 측정하는 중…</translation>
    </message>
    <message>
        <source>Saving the model to {folder}…</source>
        <translation>모델을 {folder}에 저장하는 중…</translation>
    </message>
    <message>
        <source>{hint} The progress up to step {step} is kept: once there is room, train again with &apos;resume&apos; to continue from there.</source>
        <translation>{hint} {step}스텝까지의 진행 상황은 남아 있습니다. 여유가 생기면 &apos;resume&apos;으로 다시 학습해 그 지점부터 이어서 하세요.</translation>
    </message>
    <message>
        <source>The GPU ran out of memory while training, even with {per_step} examples at a time.</source>
        <extracomment>The trainer&apos;s functions that read a checkpoint when a run resumes.</extracomment>
        <translation>한 번에 {per_step}개 예시로 줄였는데도 학습 중 GPU 메모리가 부족합니다.</translation>
    </message>
    <message>
        <source>The computer ran out of memory while training, even with {per_step} examples at a time.</source>
        <translation>한 번에 {per_step}개 예시로 줄였는데도 학습 중 컴퓨터 메모리가 부족합니다.</translation>
    </message>
    <message>
        <source>Use a smaller batch size (for example {suggestion}), a shorter maximum text length, or a smaller model.</source>
        <translation>배치 크기를 줄이거나(예: {suggestion}), 최대 텍스트 길이를 줄이거나, 더 작은 모델을 사용하세요.</translation>
    </message>
    <message>
        <source>{advice} (Training was stopped early.)</source>
        <translation>{advice} (학습이 일찍 중지되었습니다.)</translation>
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
        <translation>{reason}(일찍 중지됨)</translation>
    </message>
    <message>
        <source>Finished; there were no held-out rows to measure it on (stopped early).</source>
        <translation>완료했습니다. 측정할 검증용 행이 없었습니다(일찍 중지됨).</translation>
    </message>
    <message>
        <source>Finished; there were no held-out rows to measure it on.</source>
        <translation>완료했습니다. 측정할 검증용 행이 없었습니다.</translation>
    </message>
    <message>
        <source>{metric}: {after:.2f} (stopped early).</source>
        <translation>{metric}: 학습 후 {after:.2f}(일찍 중지됨).</translation>
    </message>
    <message>
        <source>{metric}: {after:.2f}.</source>
        <translation>{metric}: 학습 후 {after:.2f}.</translation>
    </message>
    <message>
        <source>{metric}: {before:.2f} → {after:.2f} (stopped early).</source>
        <translation>{metric}: 학습 전 {before:.2f} → 학습 후 {after:.2f}(일찍 중지됨).</translation>
    </message>
    <message>
        <source>{metric}: {before:.2f} → {after:.2f}.</source>
        <translation>{metric}: 학습 전 {before:.2f} → 학습 후 {after:.2f}.</translation>
    </message>
    <message>
        <source>Choose a folder to save the model in.</source>
        <translation>모델을 저장할 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>The folder {folder} already holds files: use the new folder name offered beside it, or choose another folder.</source>
        <translation>{folder} 폴더에 이미 파일이 있습니다. 옆에 제안된 새 폴더 이름을 쓰거나 다른 폴더를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>saving</name>
    <message>
        <source>{path} is a file, not a folder.</source>
        <extracomment>Written into every staging/checkpoint folder this app creates beside an output folder. Written last into a checkpoint: without it the checkpoint is incomplete and never used. The app&apos;s name in its markers. Files a sentence-transformers model folder holds (for folders saved before the marker existed): a folder with only these, plus training_summary.json and modules.json, is ours.</extracomment>
        <translation>{path}은(는) 폴더가 아니라 파일입니다.</translation>
    </message>
    <message>
        <source>Choose a folder name for the trained model.</source>
        <translation>학습한 모델을 저장할 폴더 이름을 정하세요.</translation>
    </message>
    <message>
        <source>The folder {folder} already exists.</source>
        <translation>{folder} 폴더가 이미 있습니다.</translation>
    </message>
    <message>
        <source>Choose another name, or allow replacing it.</source>
        <translation>다른 이름을 정하거나 덮어쓰기를 허용하세요.</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} 외 {count}개</translation>
    </message>
    <message>
        <source>The folder {folder} holds files this app did not write ({names}), so it will not be replaced.</source>
        <translation>{folder} 폴더에 이 앱이 만들지 않은 파일({names})이 있어 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Choose a new, empty folder for the trained model.</source>
        <translation>학습한 모델을 저장할 비어 있는 새 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>The trained model cannot be saved in {folder}: the disk is full.</source>
        <translation>디스크가 가득 차서 학습한 모델을 {folder}에 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>The trained model cannot be saved in {folder}: it is read-only or not yours.</source>
        <translation>{folder}은(는) 읽기 전용이거나 사용자 소유가 아니어서 학습한 모델을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose another folder for the trained model (for example in your Documents).</source>
        <translation>학습한 모델을 저장할 다른 폴더(예: 문서 폴더 안)를 선택하세요.</translation>
    </message>
    <message>
        <source>Another training is already saving to {folder}.</source>
        <translation>다른 학습이 이미 {folder}에 저장하고 있습니다.</translation>
    </message>
    <message>
        <source>Wait for it to end, or choose another folder. If no other training is running, delete the file {path}.</source>
        <translation>그 학습이 끝날 때까지 기다리거나 다른 폴더를 선택하세요. 실행 중인 다른 학습이 없다면 {path} 파일을 삭제하세요.</translation>
    </message>
    <message>
        <source>The folder {folder} could not be locked for this run.</source>
        <translation>이번 학습을 위해 {folder} 폴더를 잠글 수 없습니다.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, choose another folder.</source>
        <translation>다시 시도하세요. 계속 이런 일이 생기면 다른 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>its training state is not valid</source>
        <translation>학습 상태가 올바르지 않음</translation>
    </message>
    <message>
        <source>its training state is missing or damaged</source>
        <translation>학습 상태가 없거나 손상됨</translation>
    </message>
    <message>
        <source>its model weights are missing</source>
        <translation>모델 가중치가 없음</translation>
    </message>
    <message>
        <source>its model weights are damaged</source>
        <translation>모델 가중치가 손상됨</translation>
    </message>
    <message>
        <source>its optimizer state is missing</source>
        <translation>옵티마이저 상태가 없음</translation>
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
        <translation>디스크가 가득 찼습니다. {what}에는 {folder}에 약 {needed}의 여유 공간이 필요하지만, 지금은 {free}만 남아 있습니다.</translation>
    </message>
    <message>
        <source>The disk is full: {what} needs about {needed} free in {folder}.</source>
        <translation>디스크가 가득 찼습니다. {what}에는 {folder}에 약 {needed}의 여유 공간이 필요합니다.</translation>
    </message>
    <message>
        <source>The disk is full: {what} needs more space free in {folder}, {free} free now.</source>
        <translation>디스크가 가득 찼습니다. {what}에는 {folder}에 더 많은 여유 공간이 필요하지만, 지금은 {free}만 남아 있습니다.</translation>
    </message>
    <message>
        <source>The disk is full: {what} needs more space free in {folder}.</source>
        <translation>디스크가 가득 찼습니다. {what}에는 {folder}에 더 많은 여유 공간이 필요합니다.</translation>
    </message>
    <message>
        <source>saving the trained model</source>
        <translation>학습한 모델 저장</translation>
    </message>
    <message>
        <source>Free some space on that disk or choose a folder on another disk, then train again.</source>
        <translation>해당 디스크의 공간을 확보하거나 다른 디스크의 폴더를 선택한 후 다시 학습하세요.</translation>
    </message>
    <message>
        <source>The trained model could not be saved to {folder} ({reason}).</source>
        <translation>학습한 모델을 {folder}에 저장할 수 없습니다({reason}).</translation>
    </message>
    <message>
        <source>Check that the folder is writable and the disk has free space.</source>
        <translation>폴더에 쓰기 권한이 있는지, 디스크에 여유 공간이 있는지 확인하세요.</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <source>{loss}, learning rate {rate:g}, 1 pass</source>
        <extracomment>The time a search may take when the user gives none, in seconds. Losses never tried by the search (variants of another loss that only save memory).</extracomment>
        <translation>{loss}, 학습률 {rate:g}, 1에포크</translation>
    </message>
    <message>
        <source>{loss}, learning rate {rate:g}, {epochs:g} passes</source>
        <translation>{loss}, 학습률 {rate:g}, {epochs:g}에포크</translation>
    </message>
    <message>
        <source>No output folder was chosen.</source>
        <translation>출력 폴더를 선택하지 않았습니다.</translation>
    </message>
    <message>
        <source>Choose where to save the model.</source>
        <translation>모델을 저장할 위치를 선택하세요.</translation>
    </message>
    <message>
        <source>Reading your examples…</source>
        <translation>예시를 읽는 중…</translation>
    </message>
    <message>
        <source>Finding the best settings needs rows kept apart to compare the settings on. {note}</source>
        <translation>최적의 설정을 찾으려면 설정을 비교할 검증용 행이 필요합니다. {note}</translation>
    </message>
    <message>
        <source>Keep a share of the rows apart (at least 30 rows in all), or train with the automatic settings.</source>
        <translation>행의 일부를 따로 두거나(모두 합쳐 최소 30행), 자동 설정으로 학습하세요.</translation>
    </message>
    <message>
        <source>Stopped before it started.</source>
        <translation>시작하기 전에 중지되었습니다.</translation>
    </message>
    <message>
        <source>Not tried: it would not fit in the time given.</source>
        <translation>시도하지 않음: 주어진 시간 안에 끝나지 않습니다.</translation>
    </message>
    <message>
        <source>Trying settings {number} of {count}: {recipe}…</source>
        <translation>설정 {count}개 중 {number}번째 시도 중: {recipe}…</translation>
    </message>
    <message>
        <source>None of the settings tried could train a model.</source>
        <translation>시도한 설정 중 어느 것으로도 모델을 학습할 수 없었습니다.</translation>
    </message>
    <message>
        <source>Train with the automatic settings to see what goes wrong.</source>
        <translation>무엇이 잘못되는지 보려면 자동 설정으로 학습하세요.</translation>
    </message>
    <message>
        <source>Higher on the held-out rows by {delta:.3f}, within what chance explains, so the first settings (what a plain run trains) were kept.</source>
        <translation>따로 둔 행에서 {delta:.3f} 더 높지만 우연으로 설명되는 범위 안이므로, 첫 번째 설정(일반 실행이 학습하는 것)을 유지했습니다.</translation>
    </message>
    <message>
        <source>{reason} The settings were chosen among {tried} tried on these same rows, so the result may be slightly flattering.</source>
        <translation>{reason} 이 설정은 같은 행에서 시도한 {tried}개 설정 중에서 고른 것이라, 결과가 실제보다 약간 좋게 나왔을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>trainer</name>
    <message>
        <source>A checkpoint could not be written in {folder} ({error}).</source>
        <translation>{folder}에 체크포인트를 저장할 수 없습니다({error}).</translation>
    </message>
    <message>
        <source>Check that the folder is writable, then train again.</source>
        <translation>폴더에 쓰기 권한이 있는지 확인한 후 다시 학습하세요.</translation>
    </message>
    <message>
        <source>The disk is full: a checkpoint (to continue an interrupted run) needs about {needed} free in {folder} ({free} free now). Training goes on without new checkpoints; the last complete one is kept.</source>
        <translation>디스크가 가득 찼습니다. 체크포인트(중단된 학습을 이어서 하기 위한 저장본)에는 {folder}에 약 {needed}의 여유 공간이 필요합니다(현재 {free} 남음). 새 체크포인트 없이 학습을 계속하며, 마지막으로 완성된 체크포인트는 남겨 둡니다.</translation>
    </message>
    <message>
        <source>The disk is full: a checkpoint (to continue an interrupted run) needs about {needed} free in {folder}. Training goes on without new checkpoints; the last complete one is kept.</source>
        <translation>디스크가 가득 찼습니다. 체크포인트(중단된 학습을 이어서 하기 위한 저장본)에는 {folder}에 약 {needed}의 여유 공간이 필요합니다. 새 체크포인트 없이 학습을 계속하며, 마지막으로 완성된 체크포인트는 남겨 둡니다.</translation>
    </message>
    <message>
        <source>Free some space on that disk before the training ends, so the model can be saved.</source>
        <translation>모델을 저장할 수 있도록 학습이 끝나기 전에 해당 디스크의 공간을 확보하세요.</translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message>
        <source>Better</source>
        <extracomment>Each verdict in two or three plain words, for lists of runs (the headline says more).</extracomment>
        <translation>개선됨</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>악화됨</translation>
    </message>
    <message>
        <source>No real change</source>
        <translation>뚜렷한 변화 없음</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>판단할 수 없음</translation>
    </message>
    <message>
        <source>No rows are kept apart to measure the model, so there is no independent measure of what training changed.</source>
        <extracomment>Fewer held-out rows than this measure nothing reliable. A correlation with the user&apos;s scores at or below this is not a usable model. Resamples of the paired bootstrap. Share of rows whose two texts are identical above which the measure cannot tell.</extracomment>
        <translation>모델을 측정할 행을 따로 두지 않아서, 학습으로 무엇이 바뀌었는지 따로 측정할 수 없습니다.</translation>
    </message>
    <message>
        <source>With under 30 rows every row is needed to learn: try the trained model on a few sentences of your own in the Playground. With more rows, keep a share apart.</source>
        <translation>행이 30개 미만이면 모든 행이 학습에 필요합니다. 플레이그라운드에서 직접 만든 문장 몇 개로 학습한 모델을 시험해 보세요. 행이 더 많다면 일부를 따로 두세요.</translation>
    </message>
    <message>
        <source>Only 1 row would measure the model: too few to tell a real change from chance.</source>
        <translation>모델을 측정할 행이 1개뿐입니다. 실제 변화와 우연을 구별하기에는 너무 적습니다.</translation>
    </message>
    <message>
        <source>Only {rows} rows would measure the model: too few to tell a real change from chance.</source>
        <translation>모델을 측정할 행이 {rows}개뿐입니다. 실제 변화와 우연을 구별하기에는 너무 적습니다.</translation>
    </message>
    <message>
        <source>Keep at least 10 rows apart (a bigger share, or a separate file to check on), or try the trained model on sentences of your own in the Playground.</source>
        <translation>최소 10개 행을 따로 두거나(비율을 늘리거나 확인용 파일을 따로 지정), 플레이그라운드에서 직접 만든 문장으로 학습한 모델을 시험해 보세요.</translation>
    </message>
    <message>
        <source>In {identical:,} of {rows:,} rows your questions and answers are the same text: any model finds identical texts identical, so the measure cannot tell anything.</source>
        <translation>{rows:,}개 행 중 {identical:,}개 행에서 질문과 답변이 같은 텍스트입니다. 어떤 모델이든 같은 텍스트는 같다고 판단하므로 측정으로는 아무것도 알 수 없습니다.</translation>
    </message>
    <message>
        <source>To train and measure a model, add the real answers in the second column.</source>
        <translation>모델을 학습하고 측정하려면 두 번째 열에 실제 답변을 넣으세요.</translation>
    </message>
    <message>
        <source>In {identical:,} of {rows:,} rows the two texts of each pair are the same: any model finds identical texts identical, so the measure cannot tell anything.</source>
        <translation>{rows:,}개 행 중 {identical:,}개 행에서 쌍을 이루는 두 텍스트가 같습니다. 어떤 모델이든 같은 텍스트는 같다고 판단하므로 측정으로는 아무것도 알 수 없습니다.</translation>
    </message>
    <message>
        <source>To train and measure a model, put two different texts in each row.</source>
        <translation>모델을 학습하고 측정하려면 각 행에 서로 다른 텍스트 두 개를 넣으세요.</translation>
    </message>
    <message>
        <source>Every row has the same score, so there is nothing to compare the model against.</source>
        <translation>모든 행의 점수가 같아서 모델과 비교할 기준이 없습니다.</translation>
    </message>
    <message>
        <source>Include rows with different scores (similar and not-similar pairs).</source>
        <translation>점수가 서로 다른 행(유사한 쌍과 유사하지 않은 쌍)을 포함하세요.</translation>
    </message>
    <message>
        <source>Every row has the same label, so there is nothing to compare the model against.</source>
        <translation>모든 행의 레이블이 같아서 모델과 비교할 기준이 없습니다.</translation>
    </message>
    <message>
        <source>Include rows with different labels (similar and not-similar pairs).</source>
        <translation>레이블이 서로 다른 행(유사한 쌍과 유사하지 않은 쌍)을 포함하세요.</translation>
    </message>
    <message>
        <source>The model still ranks pairs against your scores (a negative agreement), so it is not usable yet.</source>
        <translation>모델이 여전히 입력한 점수와 반대로 쌍의 순위를 매기므로(음의 일치도) 아직 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Its agreement with your scores is still close to none, so it is not usable yet.</source>
        <translation>입력한 점수와의 일치도가 여전히 거의 없어 아직 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>It still does barely better than guessing, so it is not usable yet.</source>
        <translation>여전히 무작위로 고르는 것보다 겨우 나은 수준이라 아직 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Likely cause: {causes}.</source>
        <translation>가능한 원인: {causes}.</translation>
    </message>
    <message>
        <source>the model was trained on English text and does not know your language: pick a multilingual model</source>
        <translation>영어 텍스트로 학습된 모델이라 이 언어를 모름(다국어 모델을 선택하세요)</translation>
    </message>
    <message>
        <source>{rows:,} training rows are few; more rows usually help</source>
        <translation>학습 행이 {rows:,}개로 적음(보통 행이 많을수록 도움이 됨)</translation>
    </message>
    <message>
        <source>The model gives every pair the same similarity, before and after training, so the measure cannot tell anything.</source>
        <translation>모델이 학습 전후 모두 모든 쌍에 같은 유사도를 주므로 측정으로는 아무것도 알 수 없습니다.</translation>
    </message>
    <message>
        <source>The model does not tell your texts apart: pick another model.</source>
        <translation>모델이 텍스트를 서로 구별하지 못합니다. 다른 모델을 선택하세요.</translation>
    </message>
    <message>
        <source>The trained model gives every pair the same similarity, so the measure cannot tell anything: training broke the model.</source>
        <translation>학습한 모델이 모든 쌍에 같은 유사도를 주므로 측정으로는 아무것도 알 수 없습니다. 학습 과정에서 모델이 망가졌습니다.</translation>
    </message>
    <message>
        <source>Train again with a smaller learning rate.</source>
        <translation>학습률을 낮춰서 다시 학습하세요.</translation>
    </message>
    <message>
        <source>The measure could not be computed on these rows.</source>
        <translation>이 행들로는 측정값을 계산할 수 없었습니다.</translation>
    </message>
    <message>
        <source>Check that the held-out rows have different scores or labels.</source>
        <translation>검증용 행에 서로 다른 점수나 레이블이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>It was not measured before training, so the change cannot be judged.</source>
        <translation>학습 전에 측정하지 않아서 변화를 판단할 수 없습니다.</translation>
    </message>
    <message>
        <source>On {rows:,} evaluation rows, chance alone moves this measure by up to about {noise:.2f}.</source>
        <translation>평가 행 {rows:,}개에서는 우연만으로도 이 측정값이 최대 약 {noise:.2f}까지 달라집니다.</translation>
    </message>
    <message>
        <source>On {rows:,} held-out rows, chance alone moves this measure by up to about {noise:.2f}.</source>
        <translation>검증용 행 {rows:,}개에서는 우연만으로도 이 측정값이 최대 약 {noise:.2f}까지 달라집니다.</translation>
    </message>
    <message>
        <source>Try a model that knows your language, add more rows, or check that the scores or labels mean what the model should learn.</source>
        <translation>사용하는 언어를 아는 모델을 써 보거나, 행을 더 추가하거나, 점수나 레이블이 모델이 배워야 할 내용을 제대로 나타내는지 확인하세요.</translation>
    </message>
    <message>
        <source>The gain of {delta:+.2f} is larger than chance explains. {noise}</source>
        <translation>{delta:+.2f}의 향상은 우연으로 설명되는 범위보다 큽니다. {noise}</translation>
    </message>
    <message>
        <source>Try it in the Playground with your own sentences.</source>
        <translation>플레이그라운드에서 직접 만든 문장으로 시험해 보세요.</translation>
    </message>
    <message>
        <source>The loss of {delta:+.2f} is larger than chance explains. {noise}</source>
        <translation>{delta:+.2f}의 하락은 우연으로 설명되는 범위보다 큽니다. {noise}</translation>
    </message>
    <message>
        <source>Train again with a smaller learning rate or fewer passes, or try another loss; the starting model is better for now.</source>
        <translation>학습률을 낮추거나 에포크를 줄여서 다시 학습하거나, 다른 손실 함수를 써 보세요. 지금은 원래 모델이 더 좋습니다.</translation>
    </message>
    <message>
        <source>The change of {delta:+.2f} is within what chance explains. {noise}</source>
        <translation>{delta:+.2f}의 변화는 우연으로 설명되는 범위 안에 있습니다. {noise}</translation>
    </message>
    <message>
        <source>To see a real change, try more held-out rows, or let the app find the best settings.</source>
        <translation>실제 변화를 확인하려면 검증용 행을 늘리거나, 앱이 최적의 설정을 찾도록 해 보세요.</translation>
    </message>
    <message>
        <source>To see a real change, try more rows, more held-out rows, or let the app find the best settings.</source>
        <translation>실제 변화를 확인하려면 행이나 검증용 행을 늘리거나, 앱이 최적의 설정을 찾도록 해 보세요.</translation>
    </message>
</context>
<context>
    <name>watch</name>
    <message>
        <source>Training broke down: the loss is no longer a number. Try a smaller learning rate (for example half of it) and start again.</source>
        <translation>학습이 실패했습니다. 손실 값이 더 이상 숫자가 아닙니다. 학습률을 낮춰서(예: 절반으로) 다시 시작하세요.</translation>
    </message>
    <message>
        <source>The loss has stopped falling: the model is not learning much more from these examples. You can stop here (the model is kept), or next time try a smaller learning rate, fewer epochs or more varied data.</source>
        <translation>손실 값이 더 이상 줄지 않습니다. 모델이 이 예시들에서 더 배우는 것이 많지 않습니다. 여기서 멈춰도 되고(모델은 저장됨), 다음에는 학습률을 낮추거나 에포크를 줄이거나 더 다양한 데이터를 써 보세요.</translation>
    </message>
    <message>
        <source>estimating…</source>
        <extracomment>Warning codes the training engine uses for a loss that is not a number.</extracomment>
        <translation>계산 중…</translation>
    </message>
    <message>
        <source>about {clock}</source>
        <translation>약 {clock}</translation>
    </message>
    <message>
        <source>{speed:.1f} examples/s</source>
        <translation>초당 {speed:.1f}개 예시</translation>
    </message>
    <message>
        <source>step {step}: loss {loss:.4f}, learning rate {rate:.2e}</source>
        <translation>스텝 {step}: 손실 {loss:.4f}, 학습률 {rate:.2e}</translation>
    </message>
    <message>
        <source>step {step}: loss {loss:.4f}</source>
        <translation>스텝 {step}: 손실 {loss:.4f}</translation>
    </message>
    <message>
        <source>Alert: the loss is not a number.</source>
        <translation>경고: 손실 값이 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>Alert: the loss stopped falling.</source>
        <translation>경고: 손실 값이 더 이상 줄지 않습니다.</translation>
    </message>
    <message>
        <source>Note: {alert}</source>
        <translation>참고: {alert}</translation>
    </message>
    <message>
        <source>Finished (stopped early; saved in {folder}).</source>
        <translation>완료(일찍 중지됨, {folder}에 저장됨).</translation>
    </message>
    <message>
        <source>Finished (saved in {folder}).</source>
        <translation>완료({folder}에 저장됨).</translation>
    </message>
    <message>
        <source>The batch size ({batch}) is larger than your {rows:,} training rows, so each step uses all {rows:,} rows (a batch size of {rows:,}).</source>
        <translation>배치 크기({batch})가 학습 행 {rows:,}개보다 커서, 스텝마다 {rows:,}개 행을 모두 사용합니다(배치 크기 {rows:,}).</translation>
    </message>
    <message>
        <source>That is fine; to change it, go back to Settings.</source>
        <translation>문제없습니다. 바꾸려면 설정으로 돌아가세요.</translation>
    </message>
    <message>
        <source>no data chosen</source>
        <translation>데이터를 선택하지 않음</translation>
    </message>
    <message>
        <source>Train &lt;b&gt;{model}&lt;/b&gt; on &lt;b&gt;{data}&lt;/b&gt; with {loss} with Matryoshka, {epochs:g} epoch(s), at most {max_steps} steps, batch size {batch}.&lt;br&gt;The model will be saved in &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{data}&lt;/b&gt;(으)로 &lt;b&gt;{model}&lt;/b&gt;을(를) 학습합니다: {loss} + Matryoshka, {epochs:g}에포크, 최대 {max_steps}스텝, 배치 크기 {batch}.&lt;br&gt;모델은 &lt;b&gt;{folder}&lt;/b&gt;에 저장됩니다.</translation>
    </message>
    <message>
        <source>Train &lt;b&gt;{model}&lt;/b&gt; on &lt;b&gt;{data}&lt;/b&gt; with {loss} with Matryoshka, {epochs:g} epoch(s), batch size {batch}.&lt;br&gt;The model will be saved in &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{data}&lt;/b&gt;(으)로 &lt;b&gt;{model}&lt;/b&gt;을(를) 학습합니다: {loss} + Matryoshka, {epochs:g}에포크, 배치 크기 {batch}.&lt;br&gt;모델은 &lt;b&gt;{folder}&lt;/b&gt;에 저장됩니다.</translation>
    </message>
    <message>
        <source>Train &lt;b&gt;{model}&lt;/b&gt; on &lt;b&gt;{data}&lt;/b&gt; with {loss}, {epochs:g} epoch(s), at most {max_steps} steps, batch size {batch}.&lt;br&gt;The model will be saved in &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{data}&lt;/b&gt;(으)로 &lt;b&gt;{model}&lt;/b&gt;을(를) 학습합니다: {loss}, {epochs:g}에포크, 최대 {max_steps}스텝, 배치 크기 {batch}.&lt;br&gt;모델은 &lt;b&gt;{folder}&lt;/b&gt;에 저장됩니다.</translation>
    </message>
    <message>
        <source>Train &lt;b&gt;{model}&lt;/b&gt; on &lt;b&gt;{data}&lt;/b&gt; with {loss}, {epochs:g} epoch(s), batch size {batch}.&lt;br&gt;The model will be saved in &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{data}&lt;/b&gt;(으)로 &lt;b&gt;{model}&lt;/b&gt;을(를) 학습합니다: {loss}, {epochs:g}에포크, 배치 크기 {batch}.&lt;br&gt;모델은 &lt;b&gt;{folder}&lt;/b&gt;에 저장됩니다.</translation>
    </message>
    <message>
        <source>the recommended loss</source>
        <translation>권장 손실 함수</translation>
    </message>
    <message>
        <source>(no folder chosen)</source>
        <translation>(폴더를 선택하지 않음)</translation>
    </message>
    <message>
        <source>Choose your data first.</source>
        <translation>먼저 데이터를 선택하세요.</translation>
    </message>
    <message>
        <source>Go back to the Data page.</source>
        <translation>데이터 페이지로 돌아가세요.</translation>
    </message>
    <message>
        <source>Choose a folder to save the model in.</source>
        <translation>모델을 저장할 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>Go back to the Settings page.</source>
        <translation>설정 페이지로 돌아가세요.</translation>
    </message>
    <message>
        <source>Stopped early; the model so far is saved.</source>
        <translation>일찍 중지했습니다. 지금까지의 모델은 저장되었습니다.</translation>
    </message>
    <message>
        <source>Training finished.</source>
        <translation>학습을 마쳤습니다.</translation>
    </message>
</context>
<context>
    <name>wizard_steps</name>
    <message>
        <source>Data</source>
        <extracomment>The steps in order.</extracomment>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>내 데이터</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>기본 모델</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <source>How the model learns</source>
        <translation>모델의 학습 방식</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>학습 설정</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
</context>
</TS>
