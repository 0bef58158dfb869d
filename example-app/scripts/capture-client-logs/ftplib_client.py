"""Download one file with Python's ftplib at a given debug level, as a small app would.

usage: ftplib_client.py HOST PORT USER PASSWORD REMOTE LOCAL DEBUGLEVEL

Errors are not caught: the traceback ends the log, as it would for a real script.
Run it with python3 -u so stdout (debug lines) and stderr (traceback) stay in order.
"""
import ftplib
import sys


def main():
    host, port, user, password, remote, local, level = sys.argv[1:8]
    ftp = ftplib.FTP(timeout=15)
    ftp.set_debuglevel(int(level))
    ftp.connect(host, int(port))
    ftp.login(user, password)
    with open(local, "wb") as out:
        ftp.retrbinary("RETR " + remote, out.write)
    ftp.quit()


if __name__ == "__main__":
    main()
