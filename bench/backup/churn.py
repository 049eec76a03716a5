#!/usr/bin/env python3
"""Apply seeded churn to an image and write the changed extents ("OFFSET LENGTH" lines).

clustered: runs of 256 KiB - 4 MiB at 4 KiB-aligned offsets, random data;
scattered: isolated 4 KiB blocks of random data.
FRACTION is the share of the image size to change.

usage: churn.py IMAGE clustered|scattered FRACTION SEED EXTENTS_OUT
prints the number of changed bytes.
"""
import os
import random
import sys


def main():
    path, mode, fraction, seed, out = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
    rnd = random.Random(seed)
    size = os.path.getsize(path)
    target = int(size * fraction)
    fd = os.open(path, os.O_RDWR)
    extents = []
    changed = 0
    while changed < target:
        if mode == "clustered":
            length = min(rnd.randrange(64, 1025) * 4096, target - changed + 4096)
        else:
            length = 4096
        off = rnd.randrange(0, (size - length) // 4096) * 4096
        os.pwrite(fd, os.urandom(length), off)
        extents.append((off, length))
        changed += length
    os.fsync(fd)
    os.close(fd)
    with open(out, "w") as f:
        for off, length in extents:
            f.write("%d %d\n" % (off, length))
    print(changed)


if __name__ == "__main__":
    main()
