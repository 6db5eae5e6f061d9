"""Run a command on a pseudo-terminal (so chatdrop draws its progress bars), drain what it
draws, and exit with its exit code. Used by upload.sh for the progress-bar cost row."""
import os
import pty
import sys

pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])
while True:
    try:
        data = os.read(fd, 65536)
    except OSError:
        break
    if not data:
        break
_, status = os.waitpid(pid, 0)
sys.exit(os.waitstatus_to_exitcode(status))
