#!/usr/bin/env bash
# Install the real programs the tests drive, from Debian's packages (never a downloaded browser):
# Chromium for the HTML pages, LibreOffice and poppler for rendering the Word files, pandoc for making Word fixtures,
# qpdf for reading PDFs' tags, util-linux's script (bsdutils) for running the CLI in a pseudo-terminal.
# test/helpers/programs.ts names the same package for each program, in the message of a test that finds it missing.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v pandoc >/dev/null 2>&1 || missing+=(pandoc)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
command -v script >/dev/null 2>&1 || missing+=(bsdutils)
fc-list 2>/dev/null | grep -qi 'Liberation Sans' || missing+=(fonts-liberation)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=''
  [ "$(id -u)" -eq 0 ] || sudo='sudo'
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${missing[@]}"
fi
