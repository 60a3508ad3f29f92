#!/bin/sh
# check-mime.sh MIME-XML SOURCE-DIR: the file types Jixiao declares are
# what files are recognized as, once shared-mime-info has read them.
# Copyright 2026 The Jixiao authors
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

xml=$1
source_dir=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

mkdir -p "$dir/share/mime/packages" "$dir/files"
cp "$xml" "$dir/share/mime/packages/"

# Only these definitions and the system's own.
export XDG_DATA_HOME="$dir/none"
export XDG_DATA_DIRS="$dir/share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"
update-mime-database "$dir/share/mime"

sample="$source_dir/data/samples/002-xinxiang-2021.json"
cp "$sample" "$dir/files/report.jixiao.json"
cp "$sample" "$dir/files/report.json"
printf '{"format": "other"}\n' > "$dir/files/other.json"
printf 'SQLite format 3\000' > "$dir/files/report.jixiao"

status=0
expect () {
  type=$(gio info -a standard::content-type "$dir/files/$1" | sed -n 's/^ *standard::content-type: //p')
  if [ "$type" = "$2" ]; then
    echo "ok: $1 is $type"
  else
    echo "FAIL: $1 is $type, not $2"
    status=1
  fi
}

expect report.jixiao application/x-jixiao
expect report.jixiao.json application/x-jixiao-exchange+json
expect report.json application/x-jixiao-exchange+json
expect other.json application/json
exit $status
