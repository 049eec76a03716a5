#!/usr/bin/python3
"""Runs one shell command in a lab guest through its command serial port (a unix socket).

usage: guest-cmd.py SOCKET 'shell command'
Prints the command's output and exits with its exit code (99 if the marker never came).
"""
import re
import socket
import os
import sys
import uuid

sock = socket.socket(socket.AF_UNIX)
sock.connect(sys.argv[1])
sock.settimeout(float(os.environ.get("GUEST_CMD_TIMEOUT", "120")))
marker = uuid.uuid4().hex[:12]
# The marker is split in the command text so an echoed command line never matches.
sock.sendall(('{ %s; } 2>&1; echo "VX""END-%s rc=$?"\n' % (sys.argv[2], marker)).encode())
pattern = re.compile(("VXEND-%s rc=(\\d+)" % marker).encode())
buf = b""
while not pattern.search(buf):
    try:
        data = sock.recv(65536)
    except socket.timeout:
        break
    if not data:
        break
    buf += data
match = pattern.search(buf)
out = buf[: match.start()] if match else buf
sys.stdout.write(out.decode(errors="replace").replace("\r", ""))
sys.exit(int(match.group(1)) if match else 99)
