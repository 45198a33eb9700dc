#!/usr/bin/env bash
# A private CUPS server with one PDF printer, for testing real printing end to end.
#   tests/printing/cups_queue.sh start DIR   # prints: export CUPS_SERVER=DIR/cups.sock
#   (print through the app's own print path; the job lands as a PDF in DIR/out)
#   tests/printing/cups_queue.sh stop DIR
# apt: cups cups-pdf cups-client cups-bsd. Runs as root (CI does). It writes one file,
# /etc/cups/cups-pdf-smartklasse_test.conf (cups-pdf reads its settings only from there).
set -eu
cmd=${1:-}; C=$(realpath -m "${2:-/tmp/smartklasse-cups}"); Q=smartklasse_test
case "$cmd" in
  start)
    mkdir -p $C/etc $C/spool $C/tmp $C/cache $C/state $C/log $C/out
    cp -r /etc/cups/* $C/etc/ 2>/dev/null || true; rm -f $C/etc/printers.conf $C/etc/classes.conf
    printf 'LogLevel warn\nListen %s/cups.sock\nBrowsing Off\nDefaultAuthType None\nWebInterface No\n<Location />\n  Order allow,deny\n  Allow all\n</Location>\n<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n' "$C" >$C/etc/cupsd.conf
    printf 'SystemGroup root lpadmin\nUser lp\nGroup lp\nServerRoot %s/etc\nRequestRoot %s/spool\nTempDir %s/tmp\nCacheDir %s/cache\nStateDir %s/state\nErrorLog %s/log/error_log\nAccessLog %s/log/access_log\nPageLog %s/log/page_log\n' $C $C $C $C $C $C $C $C >$C/etc/cups-files.conf
    chown -R root:lp $C/spool $C/cache $C/state; chmod 770 $C/spool $C/cache $C/state; chmod 1777 $C/tmp; chmod 777 $C/out
    printf 'Out %s/out\nAnonDirName %s/out\nLabel 0\nLog %s/log\n' $C $C $C >/etc/cups/cups-pdf-$Q.conf
    cupsd -f -c $C/etc/cupsd.conf -s $C/etc/cups-files.conf >$C/log/cupsd.out 2>&1 & echo $! >$C/cupsd.pid
    for i in $(seq 1 30); do [ -S $C/cups.sock ] && break; sleep 0.2; done
    CUPS_SERVER=$C/cups.sock lpadmin -p $Q -v cups-pdf:/$Q -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd -E
    CUPS_SERVER=$C/cups.sock lpadmin -d $Q
    echo "export CUPS_SERVER=$C/cups.sock"
    ;;
  stop)
    [ -f $C/cupsd.pid ] && kill "$(cat $C/cupsd.pid)" 2>/dev/null; rm -f $C/cupsd.pid /etc/cups/cups-pdf-$Q.conf
    ;;
  *) echo "usage: cups-pdf-queue.sh start|stop DIR" >&2; exit 2 ;;
esac
