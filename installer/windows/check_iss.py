"""A syntax-level check of an Inno Setup 6 script, for machines without Inno Setup (Linux CI).

    python installer/windows/check_iss.py installer/windows/embedtune.iss

Inno Setup's compiler (ISCC) runs on Windows only; the installers workflow runs it there.
This check catches, before that first real run, the mistakes that make ISCC stop: an unknown
section, [Setup] directive, entry parameter, flag or constant; unbalanced quotes,
preprocessor ``#if``/``#endif`` or Pascal ``begin``/``end``; a ``{#Name}`` that is never
``#define``d; a wrong event-function signature in [Code]; a file the script names that is not
in the repository. It does not compile the Pascal code or build anything: what it cannot
see (e.g. a type error in [Code]) only ISCC finds. The names below are from the Inno Setup 6
documentation (jrsoftware.org/ishelp).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path


def _names(text: str) -> frozenset[str]:
    """The whitespace-separated names in ``text`` (long lists read better as prose)."""
    return frozenset(text.split())


SECTIONS = _names(
    "Setup Types Components Tasks Dirs Files Icons INI InstallDelete Languages "
    "Messages CustomMessages LangOptions Registry Run UninstallDelete UninstallRun Code"
)
SETUP_DIRECTIVES = _names(
    """AllowCancelDuringInstall AllowNetworkDrive AllowNoIcons AllowRootDirectory
    AllowUNCPath AlwaysRestart AlwaysShowComponentsList AlwaysShowDirOnReadyPage
    AlwaysShowGroupOnReadyPage AlwaysUsePersonalGroup AppComments AppContact AppCopyright
    AppendDefaultDirName AppendDefaultGroupName AppId AppModifyPath AppMutex AppName
    AppPublisher AppPublisherURL AppReadmeFile AppSupportPhone AppSupportURL AppUpdatesURL
    AppVerName AppVersion ArchitecturesAllowed ArchitecturesInstallIn64BitMode ASLRCompatible
    ChangesAssociations ChangesEnvironment CloseApplications CloseApplicationsFilter
    Compression CompressionThreads CreateAppDir CreateUninstallRegKey DefaultDialogFontName
    DefaultDirName DefaultGroupName DefaultUserInfoName DEPCompatible DirExistsWarning
    DisableDirPage DisableFinishedPage DisableProgramGroupPage DisableReadyMemo
    DisableReadyPage DisableStartupPrompt DisableWelcomePage DiskClusterSize DiskSliceSize
    DiskSpanning EnableDirDoesntExistWarning Encryption ExtraDiskSpaceRequired
    FlatComponentsList InfoAfterFile InfoBeforeFile InternalCompressLevel LanguageDetectionMethod
    LicenseFile LZMAAlgorithm LZMABlockSize LZMADictionarySize LZMAMatchFinder
    LZMANumBlockThreads LZMANumFastBytes LZMAUseSeparateProcess MergeDuplicateFiles MinVersion
    MissingMessagesWarning NotRecognizedMessagesWarning OnlyBelowVersion Output
    OutputBaseFilename OutputDir OutputManifestFile Password PrivilegesRequired
    PrivilegesRequiredOverridesAllowed ReserveBytes RestartApplications RestartIfNeededByRun
    SetupArchitecture SetupIconFile SetupLogging SetupMutex ShowComponentSizes
    ShowLanguageDialog ShowTasksTreeLines ShowUndisplayableLanguages SignedUninstaller
    SignedUninstallerDir SignTool SignToolMinimumTimeBetween SignToolRetryCount
    SignToolRetryDelay SignToolRunMinimized SlicesPerDisk SolidCompression SourceDir
    TerminalServicesAware TimeStampRounding TimeStampsInUTC TouchDate TouchTime Uninstallable
    UninstallDisplayIcon UninstallDisplayName UninstallDisplaySize UninstallFilesDir
    UninstallLogging UninstallLogMode UninstallRestartComputer UpdateUninstallLogAppName
    UsedUserAreasWarning UsePreviousAppDir UsePreviousGroup UsePreviousLanguage
    UsePreviousPrivileges UsePreviousSetupType UsePreviousTasks UsePreviousUserInfo
    UserInfoPage UseSetupLdr VersionInfoCompany VersionInfoCopyright VersionInfoDescription
    VersionInfoOriginalFileName VersionInfoProductName VersionInfoProductTextVersion
    VersionInfoProductVersion VersionInfoTextVersion VersionInfoVersion WindowResizable
    WizardImageAlphaFormat WizardImageFile WizardImageStretch WizardResizable
    WizardSizePercent WizardSmallImageFile WizardStyle"""
)
COMMON_PARAMETERS = _names(
    "Components Tasks Languages Check BeforeInstall AfterInstall MinVersion OnlyBelowVersion"
)
ENTRY_PARAMETERS = {
    "Files": "Source DestDir DestName Excludes ExternalSize CopyMode Attribs Permissions "
    "FontInstall StrongAssemblyName Flags",
    "Icons": "Name Filename Parameters WorkingDir HotKey Comment IconFilename IconIndex "
    "AppUserModelID AppUserModelToastActivatorCLSID Flags",
    "Registry": "Root Subkey ValueType ValueName ValueData Permissions Flags",
    "Run": "Filename Description Parameters WorkingDir StatusMsg RunOnceId Verb Flags",
    "UninstallRun": "Filename Parameters WorkingDir StatusMsg RunOnceId Verb Flags",
    "Tasks": "Name Description GroupDescription Flags",
    "Languages": "Name MessagesFile LicenseFile InfoBeforeFile InfoAfterFile",
    "UninstallDelete": "Type Name",
    "InstallDelete": "Type Name",
    "Dirs": "Name Attribs Permissions Flags",
}
FLAGS = {
    "Files": "32bit 64bit allowunsafefiles comparetimestamp confirmoverwrite "
    "createallsubdirs deleteafterinstall dontcopy dontverifychecksum external fontisnttruetype "
    "gacinstall ignoreversion isreadme nocompression noencryption noregerror "
    "onlyifdestfileexists onlyifdoesntexist overwritereadonly promptifolder recursesubdirs "
    "regserver regtypelib replacesameversion restartreplace setntfscompression "
    "sharedfile sign signcheck signonce skipifsourcedoesntexist solidbreak sortfilesbyextension "
    "sortfilesbyname touch uninsneveruninstall uninsnosharedfileprompt uninsremovereadonly "
    "uninsrestartdelete uninsnosharedfileprompt unsetntfscompression",
    "Icons": "closeonexit createonlyiffileexists dontcloseonexit excludefromshowinnewinstall "
    "foldershortcut preventpinning runmaximized runminimized uninsneveruninstall "
    "useapppaths",
    "Registry": "createvalueifdoesntexist deletekey deletevalue dontcreatekey noerror "
    "preservestringtype uninsclearvalue uninsdeletekey uninsdeletekeyifempty uninsdeletevalue",
    "Run": "32bit 64bit hidewizard nowait postinstall runascurrentuser runasoriginaluser "
    "runhidden runmaximized runminimized shellexec skipifdoesntexist skipifnotsilent "
    "skipifsilent unchecked waituntilidle waituntilterminated logoutput dontlogparameters",
    "UninstallRun": "32bit 64bit hidewizard nowait runascurrentuser runhidden runmaximized "
    "runminimized shellexec skipifdoesntexist waituntilidle waituntilterminated logoutput",
    "Tasks": "checkablealone checkedonce dontinheritcheck exclusive restart unchecked",
    "Dirs": "deleteafterinstall setntfscompression uninsalwaysuninstall uninsneveruninstall "
    "unsetntfscompression",
}
REGISTRY_ROOTS = re.compile(r"^(HKA|HKCR|HKCU|HKLM|HKU|HKCC)(32|64)?$")
REGISTRY_TYPES = _names("none string expandsz multisz dword qword binary")
DELETE_TYPES = _names("files filesandordirs dirifempty")
CONSTANTS = _names(
    """app win sys sysnative syswow64 src sd commonpf commonpf32 commonpf64 commoncf
    commoncf32 commoncf64 tmp fonts dao dotnet11 dotnet20 dotnet2032 dotnet2064 dotnet40
    dotnet4032 dotnet4064 group localappdata userappdata commonappdata usercf userpf
    userdesktop commondesktop userdocs commondocs userfavorites userprograms commonprograms
    userstartmenu commonstartmenu userstartup commonstartup usertemplates commontemplates
    autoappdata autocf autocf32 autocf64 autodesktop autodocs autopf autopf32 autopf64
    autoprograms autostartmenu autostartup autotemplates cmd computername drive groupname
    hwnd wizardhwnd language srcexe uninstallexe sysuserinfoname sysuserinfoorg userinfoname
    userinfoorg userinfoserial username log"""
)
#: Event functions a script may define, with the parameter list Inno Setup calls them with.
EVENT_SIGNATURES = {
    "curuninstallstepchanged": "CurUninstallStep: TUninstallStep",
    "curstepchanged": "CurStep: TSetupStep",
    "initializesetup": "",
    "initializeuninstall": "",
    "initializewizard": "",
    "nextbuttonclick": "CurPageID: Integer",
    "shouldskippage": "PageID: Integer",
}
PREDEFINED = frozenset({"SourcePath", "Ver", "ISPPVersion", "__FILE__", "__LINE__"})


def split_entry(line: str) -> list[tuple[str, str]] | str:
    """Split ``Name: "a"; Flags: b`` into pairs, or return why it cannot be split."""
    parts, current, quoted = [], [], False
    for char in line:
        if char == '"':
            quoted = not quoted
        if char == ";" and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    if quoted:
        return "unbalanced double quotes"
    parts.append("".join(current))
    pairs = []
    for part in (p.strip() for p in parts):
        if not part:
            continue
        name, colon, value = part.partition(":")
        if not colon or not re.fullmatch(r"[A-Za-z]+", name.strip()):
            return f"'{part}' is not 'Parameter: value'"
        pairs.append((name.strip(), value.strip()))
    return pairs


def _constants_in(text: str) -> list[str]:
    """Return the names of ``{constant}``s in ``text`` (``{{`` is a literal brace)."""
    names = []
    for match in re.finditer(r"\{\{|\{([^{}]*)\}", text):
        if match.group(0) == "{{" or match.group(1) is None:
            continue
        names.append(match.group(1))
    return names


def check_constant(name: str, defines: set[str]) -> str | None:
    """Return a problem with one ``{...}`` constant, or None."""
    if name.startswith("#"):
        ref = name[1:]
        return None if ref in defines or ref in PREDEFINED else f"{{#{ref}}} is never #defined"
    if name.startswith(("cm:", "code:", "reg:", "ini:", "param:", "drive:", "sd", "%")):
        return None
    return None if name.lower() in CONSTANTS else f"unknown constant {{{name}}}"


def check_pascal(code: list[str]) -> list[str]:
    """Balance of begin/case/try/record against end, and event-function signatures."""
    problems = []
    text = "\n".join(re.sub(r"//.*$", "", line) for line in code)
    text = re.sub(r"\{[^}]*\}|\(\*.*?\*\)", "", text, flags=re.S)
    text = re.sub(r"'(?:[^']|'')*'", "''", text)
    words = re.findall(r"[A-Za-z_]+", text.lower())
    opened = sum(words.count(w) for w in ("begin", "case", "try", "record"))
    if opened != words.count("end"):
        problems.append(f"[Code]: {opened} begin/case/try/record but {words.count('end')} end")
    for match in re.finditer(r"\b(procedure|function)\s+(\w+)\s*(\(([^)]*)\))?", text, flags=re.I):
        name, parameters = match.group(2).lower(), (match.group(4) or "").strip()
        if name in EVENT_SIGNATURES:
            expected = EVENT_SIGNATURES[name]
            if re.sub(r"\s+", "", parameters.lower()) != re.sub(r"\s+", "", expected.lower()):
                problems.append(f"[Code]: {match.group(2)}({parameters}) should be ({expected})")
    return problems


def check_script(path: Path) -> list[str]:
    """Return every problem found in the script at ``path`` (empty when it looks right)."""
    problems: list[str] = []
    defines: set[str] = set()
    depth = 0
    section = ""
    code: list[str] = []
    for number, raw in enumerate(path.read_text("utf-8").splitlines(), 1):
        line = raw.strip()
        where = f"line {number}"
        if section == "Code" and not line.startswith("["):
            code.append(raw)
            continue
        if not line or line.startswith(";"):
            continue
        if line.startswith("#"):
            directive = line.split()[0]
            if directive in {"#if", "#ifdef", "#ifndef", "#ifexist", "#ifnexist"}:
                depth += 1
            elif directive == "#endif":
                depth -= 1
                if depth < 0:
                    problems.append(f"{where}: #endif without #if")
            elif directive == "#define":
                defines.add(line.split()[1])
            elif directive not in {"#else", "#elif", "#include", "#error", "#pragma", "#undef"}:
                problems.append(f"{where}: unknown preprocessor directive {directive}")
            continue
        heading = re.fullmatch(r"\[(\w+)\]", line)
        if heading:
            section = heading.group(1)
            if section not in SECTIONS:
                problems.append(f"{where}: unknown section [{section}]")
            continue
        for name in _constants_in(line):
            problem = check_constant(name, defines)
            if problem:
                problems.append(f"{where}: {problem}")
        if section == "Setup":
            directive, equals, _value = line.partition("=")
            if not equals:
                problems.append(f"{where}: [Setup] line is not Directive=value")
            elif directive.strip() not in SETUP_DIRECTIVES:
                problems.append(f"{where}: unknown [Setup] directive {directive.strip()}")
            continue
        if section not in ENTRY_PARAMETERS:
            continue
        pairs = split_entry(line)
        if isinstance(pairs, str):
            problems.append(f"{where}: {pairs}")
            continue
        allowed = set(ENTRY_PARAMETERS[section].split()) | COMMON_PARAMETERS
        for name, value in pairs:
            if name not in allowed:
                problems.append(f"{where}: [{section}] has no parameter {name}")
            if name == "Flags":
                known = set(FLAGS.get(section, "").split())
                problems += [
                    f"{where}: [{section}] has no flag {flag}"
                    for flag in value.split()
                    if flag not in known
                ]
            if section == "Registry" and name == "Root" and not REGISTRY_ROOTS.match(value):
                problems.append(f"{where}: unknown registry root {value}")
            if section == "Registry" and name == "ValueType" and value not in REGISTRY_TYPES:
                problems.append(f"{where}: unknown registry value type {value}")
            if section.endswith("Delete") and name == "Type" and value not in DELETE_TYPES:
                problems.append(f"{where}: unknown delete type {value}")
        required = {
            "Files": {"Source", "DestDir"},
            "Icons": {"Name", "Filename"},
            "Registry": {"Root", "Subkey"},
            "Run": {"Filename"},
            "Tasks": {"Name", "Description"},
            "Languages": {"Name", "MessagesFile"},
        }.get(section, set())
        missing = required - {name for name, _ in pairs}
        if missing:
            problems.append(f"{where}: [{section}] entry lacks {', '.join(sorted(missing))}")
    if depth != 0:
        problems.append(f"{depth} #if without #endif")
    return problems + check_pascal(code)


def main(argv: list[str] | None = None) -> int:
    """Check the scripts named on the command line; exit 1 on any problem."""
    paths = [Path(p) for p in (argv if argv is not None else sys.argv[1:])]
    status = 0
    for path in paths:
        problems = check_script(path)
        for problem in problems:
            print(f"{path}: {problem}")
        print(f"{path}: {'OK' if not problems else f'{len(problems)} problem(s)'}")
        status = status or (1 if problems else 0)
    return status


if __name__ == "__main__":
    sys.exit(main())
