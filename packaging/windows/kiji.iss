; Inno Setup 6 script for Kiji's Windows installer: per user, no admin rights needed.
; Built by packaging/make_installer.py, which passes the defines below:
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\Kiji /DIconFile=build\icons\kiji.ico
;        /DOutputDir=dist /DOutputName=Kiji-0.1.0-windows-x64-setup packaging\windows\kiji.iss
; What it does: installs into %LOCALAPPDATA%\Programs\Kiji, adds a Start-menu entry,
; offers (unticked) to open .md/.markdown files with Kiji, and registers an uninstaller that
; removes exactly what was installed. Writers' own files and journals are never touched.

#ifndef AppVersion
  #error AppVersion must be defined (/DAppVersion=...)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\Kiji"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\kiji.ico"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef OutputName
  #define OutputName "Kiji-" + AppVersion + "-windows-x64-setup"
#endif
#define ProgId "Kiji.Markdown"

[Setup]
; A fixed AppId: upgrades replace the previous version instead of installing beside it.
AppId={{7C3F5E2A-9B14-4D6E-A8C1-5F0D2B7E9A41}
AppName=Kiji
AppVersion={#AppVersion}
AppVerName=Kiji {#AppVersion}
AppPublisher=Kiji developers
AppComments=A Markdown editor for Jekyll and Hugo blog posts
VersionInfoVersion={#AppVersion}
; Per-user install: {autopf} is %LOCALAPPDATA%\Programs and HKA is HKCU at this level.
PrivilegesRequired=lowest
DefaultDirName={autopf}\Kiji
DefaultGroupName=Kiji
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename={#OutputName}
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\Kiji.exe
UninstallDisplayName=Kiji
Compression=lzma2/ultra64
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ja"; MessagesFile: "compiler:Languages\Japanese.isl"

[CustomMessages]
en.AssociateMarkdown=Open Markdown files (.md, .markdown) with Kiji
ja.AssociateMarkdown=Markdown ファイル (.md, .markdown) を Kiji で開く
en.DesktopIcon=Create a desktop shortcut
ja.DesktopIcon=デスクトップにショートカットを作る
en.AdditionalTasks=Additional shortcuts and file types:
ja.AdditionalTasks=ショートカットとファイルの種類:

[Tasks]
Name: "associate"; Description: "{cm:AssociateMarkdown}"; GroupDescription: "{cm:AdditionalTasks}"; Flags: unchecked
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; GroupDescription: "{cm:AdditionalTasks}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Kiji"; Filename: "{app}\Kiji.exe"; Comment: "Markdown editor for blog posts"
Name: "{autodesktop}\Kiji"; Filename: "{app}\Kiji.exe"; Tasks: desktopicon

[Registry]
; "Open with" for every user of Kiji: listed, never forced.
Root: HKA; Subkey: "Software\Classes\Applications\Kiji.exe"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "Kiji"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\Kiji.exe\SupportedTypes"; ValueType: string; ValueName: ".md"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\Kiji.exe\SupportedTypes"; ValueType: string; ValueName: ".markdown"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\Kiji.exe\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Kiji.exe"" ""%1"""
; The optional association (task "associate"): a ProgID plus the extensions pointing to it.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Markdown document"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\Kiji.exe,0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Kiji.exe"" ""%1"""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.md"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.md\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.markdown"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.markdown\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate

[Run]
Filename: "{app}\Kiji.exe"; Description: "{cm:LaunchProgram,Kiji}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder (caches Qt may leave next to the program); never the writer's data.
Type: filesandordirs; Name: "{app}"
