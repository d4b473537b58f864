#!/usr/bin/env bash
# Browser tests drive Debian's Chromium; nothing downloads a browser of its own.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "安装浏览器测试所需的 Chromium（Debian 软件包）…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "浏览器测试需要 /usr/bin/chromium：请以管理员身份运行 apt-get install chromium" >&2
  exit 1
fi
