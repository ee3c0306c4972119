; Inno Setup 6 script for EmbedTune's Windows installer (Setup.exe).
;
; Build after PyInstaller has made dist\EmbedTune (python installer\build.py):
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\EmbedTune installer\windows\embedtune.iss
; CI passes the version read from pyproject.toml; the default below is only a fallback.
;
; - Per-user install without admin rights by default (PrivilegesRequired=lowest); the
;   override dialog lets someone with admin rights install for all users instead.
; - Start-menu shortcut, optional desktop shortcut, the app icon.
; - File association for project files (.etproj, PROJECT_SUFFIX in desktop_app/core/project.py).
; - The uninstaller removes the program only. Trained models, downloaded models, settings and
;   logs live in %APPDATA%\EmbedTune\EmbedTune (see desktop_app/core/paths.py), never in the
;   install folder; the uninstaller asks whether to delete them too and keeps them by default.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\EmbedTune"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "EmbedTune"
#define AppExe "EmbedTune.exe"
#define AppPublisher "EmbedTune authors"
#define ProjectExt ".etproj"
#define ProjectProgId "EmbedTune.Project"

[Setup]
; A fixed AppId keeps upgrades and the uninstaller tied together; never change it.
AppId={{6E2B7C1A-4F5D-4C1E-9A7B-3D8E2F0B5C41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppPublisherURL=https://github.com/embedtune/embedtune
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-Setup
SetupIconFile=..\..\resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
LZMANumBlockThreads=4
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes
MinVersion=10.0

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Project files open in EmbedTune. HKA is HKCU for a per-user install, HKLM for all users.
Root: HKA; Subkey: "Software\Classes\{#ProjectExt}"; ValueType: string; ValueName: ""; ValueData: "{#ProjectProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProjectExt}\OpenWithProgids"; ValueType: string; ValueName: "{#ProjectProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProjectProgId}"; ValueType: string; ValueName: ""; ValueData: "EmbedTune Project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProjectProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\_internal\resources\icons\project.ico"
Root: HKA; Subkey: "Software\Classes\{#ProjectProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: "{#ProjectExt}"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Files the app may have left in its own folder (it should write none there).
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[Code]
// The user's data folder, the same as desktop_app/core/paths.py app_data_dir() on Windows.
function UserDataDir(): String;
begin
  Result := ExpandConstant('{userappdata}\EmbedTune\EmbedTune');
end;

// Qt keeps QSettings in the registry on Windows (HKCU\Software\EmbedTune\EmbedTune).
const
  SettingsKey = 'Software\EmbedTune';

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  DataDir := UserDataDir();
  if not DirExists(DataDir) then
    exit;
  // Silent uninstalls (/SILENT, /VERYSILENT, upgrades) always keep the user's models.
  if UninstallSilent() then
    exit;
  if MsgBox('Also delete your trained models, downloaded models, settings and logs?' + #13#10 + #13#10 +
            DataDir + #13#10 + #13#10 +
            'Choose No to keep them (for example to use them with a later version).',
            mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
  begin
    DelTree(DataDir, True, True, True);
    RemoveDir(ExpandConstant('{userappdata}\EmbedTune'));
    RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, SettingsKey);
  end;
end;
