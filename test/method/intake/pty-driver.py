# Drives a command through a pseudo-terminal, as a person at a keyboard would: wait for a prompt
# (a regular expression), type an answer, repeat; then read to the end and report the whole
# screen and the exit status as JSON. Used by the init tests; python3's pty module only.
import json, os, pty, re, select, sys, time

steps = json.loads(sys.argv[1])
cwd = sys.argv[2]
command = sys.argv[3:]

pid, fd = pty.fork()
if pid == 0:
    os.chdir(cwd)
    os.execvp(command[0], command)

screen = b""

def read_some(timeout):
    global screen
    ready, _, _ = select.select([fd], [], [], timeout)
    if not ready:
        return False
    try:
        chunk = os.read(fd, 4096)
    except OSError:
        return None
    if not chunk:
        return None
    screen += chunk
    return True

failed = None
offset = 0
for expect, send in steps:
    deadline = time.time() + 15
    found = False
    while time.time() < deadline:
        if re.search(expect, screen[offset:].decode("utf-8", "replace")):
            found = True
            break
        if read_some(0.2) is None:
            break
    if not found:
        failed = expect
        break
    offset = len(screen)
    os.write(fd, send.encode())

deadline = time.time() + 15
while time.time() < deadline and read_some(0.2) is not None:
    pass
_, status = os.waitpid(pid, 0)
print(json.dumps({"screen": screen.decode("utf-8", "replace"), "status": os.waitstatus_to_exitcode(status), "failedAt": failed}))
