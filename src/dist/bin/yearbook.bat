@echo off
rem yearbook launcher (Windows): runs the jar of this installation in the current folder, which is the
rem office's working folder (config\, input\, output\, data\ and logs\ are looked for there first).
rem YEARBOOK_JAVA_OPTS adds JVM options, e.g. set YEARBOOK_JAVA_OPTS=-Xmx4g for a city year; they come
rem after the defaults (the JIT's first tier only, as in bin/yearbook, which says why).
setlocal
chcp 65001 >nul
set "YEARBOOK_HOME=%~dp0.."
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
  goto found
)
where java >nul 2>&1
if errorlevel 1 (
  echo 找不到 Java:请安装 Java 17 或更新版本,或设置 JAVA_HOME。^(no Java found^) 1>&2
  exit /b 1
)
set "JAVA=java"
:found
"%JAVA%" -XX:+UseParallelGC -XX:InlineSmallCode=1000 %YEARBOOK_JAVA_OPTS% -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -Dyearbook.home="%YEARBOOK_HOME%" -jar "%YEARBOOK_HOME%\yearbook.jar" %*
exit /b %ERRORLEVEL%
