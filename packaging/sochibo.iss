; Sổ Chi bộ: Windows installer script for Inno Setup 6 (6.3 or newer).
; Saved as UTF-8 with a byte order mark so the Vietnamese text survives any Inno Setup 6.
;
; Build the bundle first (dist\sochibo), then compile; packaging\build.py does both on Windows:
;   ISCC /DAppVersion=0.1.0 /DFileVersion=0.1.0.0 packaging\sochibo.iss
; Output: dist\installer\SoChiBo-<version>-setup.exe
;
; Per-user install, no administrator rights: the program goes to
; %LOCALAPPDATA%\Programs\SoChiBo. The secretary's data (database, backups, logs, settings)
; lives in %LOCALAPPDATA%\sochibo, which the app creates and the uninstaller never touches.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z packaging\sochibo.iss (see packaging\build.py)
#endif
#ifndef FileVersion
  #define FileVersion AppVersion
#endif
#define AppName "Sổ Chi bộ"
#define AppExeName "sochibo.exe"
#define BundleDir "..\dist\sochibo"

[Setup]
; Never change AppId: upgrades and the uninstaller find the installed copy by it.
AppId=SoChiBo
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#FileVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription=Chương trình cài đặt {#AppName}
; Non administrative install mode: {autopf} is %LOCALAPPDATA%\Programs, {autoprograms} and
; {autodesktop} are the user's own Start menu and desktop.
PrivilegesRequired=lowest
DefaultDirName={autopf}\SoChiBo
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 1809 (build 17763) or later.
MinVersion=10.0.17763
ShowLanguageDialog=no
WizardStyle=modern
SetupIconFile=..\resources\icons\sochibo.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
CloseApplications=yes
OutputDir=..\dist\installer
OutputBaseFilename=SoChiBo-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes

[Languages]
; Inno Setup ships no Vietnamese translation among its official languages, so ours is layered
; over the English defaults: a message missing from Vietnamese.isl falls back to English
; instead of failing the build.
Name: "vietnamese"; MessagesFile: "compiler:Default.isl,Vietnamese.isl"

[Messages]
ConfirmUninstall=Gỡ bỏ chương trình %1 khỏi máy tính?%n%nDữ liệu của chi bộ (tệp cơ sở dữ liệu, các bản sao lưu, nhật ký) nằm trong thư mục dữ liệu riêng của bạn và được GIỮ NGUYÊN, không bị xoá.
UninstalledAll=Đã gỡ bỏ %1 khỏi máy tính.%n%nDữ liệu của chi bộ và các bản sao lưu vẫn được giữ nguyên; cài lại chương trình sẽ mở lại đúng dữ liệu đó.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the whole bundle: remove the previous version's libraries first so no
; stale file lingers. Only the program folder; user data is elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

[Code]
{ After uninstalling, tell where the data stayed (the folder the app uses, from platformdirs:
  %LOCALAPPDATA%\sochibo). Nothing here deletes it. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\sochibo');
    if DirExists(DataDir) and not UninstallSilent then
      MsgBox('Dữ liệu của chi bộ và các bản sao lưu vẫn còn trong thư mục:' + #13#10#13#10 +
        DataDir + #13#10#13#10 +
        'Hãy giữ thư mục này. Muốn chuyển sang máy mới, chép tệp sochibo.db trong thư mục ' +
        'này (hoặc dùng gói bàn giao) sang máy mới.', mbInformation, MB_OK);
  end;
end;
