#!/usr/bin/env bash
# Install what the browser tests need from Debian's packages, unless it is already there:
# Chromium (Playwright drives /usr/bin/chromium) and a CJK font for Korean in screenshots.
set -euo pipefail

if command -v chromium >/dev/null && fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  exit 0
fi
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
