#!/bin/sh
# Starts Debian's Chromium after writing its process id beside this script, so a test can kill
# the browser in the middle of a scan.
echo $$ > "$(dirname "$0")/chromium.pid"
exec /usr/bin/chromium "$@"
