@echo off
rem SPDX-License-Identifier: EPL-2.0
rem Starts an installed Regie workbench on Windows. Eclipse's native launcher is not on Maven Central, so this script
rem starts Equinox through its launcher jar, as the regie script does on Linux.
rem
rem   regie.cmd [--data DIR] [--nl nl|en] [other Equinox/e4 arguments]
rem
rem Environment: REGIE_JAVA (java.exe, 21 or newer; else JAVA_HOME, else java on the PATH), REGIE_VM_ARGS, REGIE_DATA,
rem REGIE_SERVICES (folder of PID.cfg files), REGIE_CUSTOMIZATION (plugin_customization.ini).
setlocal EnableDelayedExpansion
set "HERE=%~dp0"
set "HERE=%HERE:~0,-1%"
set "JAVA=%REGIE_JAVA%"
if "%JAVA%"=="" if not "%JAVA_HOME%"=="" set "JAVA=%JAVA_HOME%\bin\java.exe"
if "%JAVA%"=="" set "JAVA=java"
set "DATA=%REGIE_DATA%"
if "%DATA%"=="" set "DATA=%LOCALAPPDATA%\Regie"
set "NL=%REGIE_NL%"
if "%NL%"=="" set "NL=nl"
set "ARGS="
:parse
if "%~1"=="" goto parsed
if "%~1"=="--data" (set "DATA=%~2" & shift & shift & goto parse)
if "%~1"=="--nl" (set "NL=%~2" & shift & shift & goto parse)
set ARGS=!ARGS! %1
shift
goto parse
:parsed
if not exist "%DATA%" mkdir "%DATA%"
rem the workbench starts again when it asks for a restart (exit code 23, after an update)
:run
set "LAUNCHER="
for %%f in ("%HERE%\plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
if "%LAUNCHER%"=="" (echo regie: %HERE% is not a Regie installation ^(no equinox launcher in plugins^). 1>&2 & exit /b 1)
set "SERVICES=%REGIE_SERVICES%"
if "%SERVICES%"=="" set "SERVICES=%HERE%\services"
set "CUSTOMIZATION=%REGIE_CUSTOMIZATION%"
if "%CUSTOMIZATION%"=="" set "CUSTOMIZATION=%HERE%\plugin_customization.ini"
set "CUSTOM="
if exist "%CUSTOMIZATION%" set CUSTOM=-pluginCustomization "%CUSTOMIZATION%"
if exist "%DATA%\configuration-admin" rmdir /s /q "%DATA%\configuration-admin"
"%JAVA%" -Xmx1g "-Dregie.data=%DATA%" "-Dfelix.cm.dir=%DATA%\configuration-admin" ^
  "-Dfelix.fileinstall.dir=%SERVICES%" "-Dfelix.fileinstall.filter=.*\.cfg" -Dfelix.fileinstall.noInitialDelay=true ^
  -Dfelix.fileinstall.configEncoding=UTF-8 -Dfelix.fileinstall.poll=5000 -Dfelix.fileinstall.enableConfigSave=false ^
  -Dfelix.fileinstall.log.level=2 %REGIE_VM_ARGS% ^
  -jar "%LAUNCHER%" -install "%HERE%" -data "%DATA%\workspace" -nl %NL% %CUSTOM% !ARGS!
if %ERRORLEVEL%==23 (echo regie: restarting 1>&2 & goto run)
exit /b %ERRORLEVEL%
