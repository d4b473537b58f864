#!/usr/bin/env bash
# The Word importer converts .doc, .wps and .odt files to .docx with LibreOffice run headless (Debian's package);
# its tests convert a generated .doc through it. Like ensure-chromium.sh: install it when missing and allowed to.
set -euo pipefail
if command -v soffice >/dev/null || [ -x /usr/bin/soffice ] || [ -x /usr/lib/libreoffice/program/soffice ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "安装导入 .doc/.wps/.odt 文件所需的 LibreOffice（Debian 软件包 libreoffice-writer-nogui）…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui >/dev/null
else
  # not fatal: the .doc test is skipped and says why; everything else runs
  echo "未安装 LibreOffice：导入 .doc/.wps/.odt 的测试将跳过。安装：以管理员身份运行 apt-get install libreoffice-writer-nogui" >&2
fi
