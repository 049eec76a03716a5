#!/usr/bin/env python3
"""Generate a realistic sparse raw disk image for the backup benchmark.

Segments of 1-32 MiB (4 KiB aligned) are, by weight: holes (never written),
written zeros, compressible log-like text, random (incompressible) data,
semi-compressible binary, and duplicates of earlier random regions (half of
them 64 KiB-aligned, half only 4 KiB-aligned).

usage: mkimage.py IMAGE SIZE_MIB SEED
"""
import os
import random
import sys

MIB = 1 << 20
KINDS = [("hole", 30), ("zeros", 8), ("text", 20), ("random", 22), ("semi", 12), ("dup", 8)]


def text_pool(rnd):
    words = ("kernel: eth0 link up systemd[1]: Started Session user vireo backup chunk "
             "GET /api/v1/vms 200 ms INFO WARN DEBUG postgres checkpoint complete wrote buffers "
             "sshd[812]: Accepted publickey for root from 10.0.0.7 port").split()
    pool = []
    for _ in range(32):
        lines = []
        size = 0
        while size < MIB:
            line = "%010d %s\n" % (rnd.randrange(10**10), " ".join(rnd.choice(words) for _ in range(12)))
            lines.append(line)
            size += len(line)
        pool.append(bytearray("".join(lines).encode()[:MIB]))
    return pool


def main():
    path, size_mib, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rnd = random.Random(seed)
    size = size_mib * MIB
    pool = text_pool(rnd)
    semi_table = bytes((b & 0x0F) * 3 for b in range(256))
    randoms = []
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o644)
    os.ftruncate(fd, size)
    pos = 0
    kinds, weights = zip(*KINDS)
    while pos < size:
        length = min(size - pos, rnd.randrange(1, 33) * MIB // 4096 * 4096 + rnd.randrange(0, 64) * 4096)
        kind = rnd.choices(kinds, weights)[0]
        if kind == "dup" and not randoms:
            kind = "random"
        for off in range(0, length, MIB):
            n = min(MIB, length - off)
            if kind == "hole":
                continue
            if kind == "zeros":
                buf = bytes(n)
            elif kind == "text":
                b = bytearray(rnd.choice(pool)[:n])
                for k in range(0, n, 4096):  # unique stamps: compressible, not dedupable
                    b[k:k + 16] = b"%016x" % rnd.getrandbits(64)
                buf = bytes(b)
            elif kind == "random":
                buf = os.urandom(n)
            elif kind == "semi":
                buf = os.urandom(n).translate(semi_table)
            else:
                src, src_len = rnd.choice(randoms)
                src_off = src + (off % max(src_len, 1))
                buf = os.pread(fd, n, min(src_off, size - n))
            os.pwrite(fd, buf, pos + off)
        if kind == "random":
            randoms.append((pos, length))
        pos += length
        if kind == "dup" and rnd.random() < 0.5:  # misalign the next segment by 4 KiB
            pos = min(size, pos + 4096)
    os.fsync(fd)
    os.close(fd)


if __name__ == "__main__":
    main()
