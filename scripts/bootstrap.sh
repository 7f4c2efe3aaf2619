#!/usr/bin/env bash
# Installs what building SummaryKit needs on a fresh Debian machine with Swift installed:
# the system ICU (libicu-dev) and pkg-config, through which SwiftPM finds it, and libxml2
# (libxml2-dev), which FoundationXML links for reading .docx files; and Python's jsonschema
# for the SARIF schema test.
set -euo pipefail
need=()
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
if ! pkg-config --exists icu-uc icu-i18n 2>/dev/null; then need+=(libicu-dev); fi
# FoundationXML (the .docx reader's XMLParser) links the system libxml2.
if ! pkg-config --exists libxml-2.0 2>/dev/null; then need+=(libxml2-dev); fi
if [ ${#need[@]} -gt 0 ]; then
  echo "bootstrap: installing ${need[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
command -v swift >/dev/null 2>&1 || { echo "bootstrap: swift is not on PATH; install Swift 6 first" >&2; exit 1; }
# The SARIF test validates `audit --format sarif` against the committed 2.1.0 schema with
# Python's jsonschema (scripts/validate-json-schema.py). pip first (pyenv, venvs); Debian's
# packaged module when pip refuses an externally managed system Python.
if ! command -v python3 >/dev/null 2>&1 || ! python3 -c 'import jsonschema' >/dev/null 2>&1; then
  echo "bootstrap: installing the Python package jsonschema" >&2
  if ! { command -v python3 >/dev/null 2>&1 && python3 -m pip install --quiet jsonschema >/dev/null 2>&1; }; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3 python3-jsonschema >/dev/null
  fi
  python3 -c 'import jsonschema' || { echo "bootstrap: could not install jsonschema for python3" >&2; exit 1; }
fi
