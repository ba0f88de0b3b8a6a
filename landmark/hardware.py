"""What the machine can do, and settings that make it do it faster.

bf16 on the CPU: a matmul in bf16 is fast only where the CPU has it in hardware (AVX-512-BF16, or AMX's tiles);
elsewhere PyTorch emulates it, slower than fp32. `fast_cpu_bf16` says which, from /proc/cpuinfo; the environment
variable LANDMARK_CPU_BF16=0 (or 1) overrides it (the test suite sets 0: the same numerics on every CPU).

Freed memory on Linux: glibc's malloc serves every block of 128 KiB or more (up to 32 MiB as it adapts) with a
fresh mmap and gives it back on free. A training step allocates and frees the same large tensors every step (the
logits alone are 35 MB in bf16 at 2,880 tokens and 6,000 words), so each step the kernel maps and zero-fills those
pages again, a page fault every 4 KiB, and the matmul that writes the logits waits on them. `keep_freed_memory`
tells glibc to serve them from its heap and keep what is freed for the next step, as PyTorch's GPU caching
allocator does; the process then holds its peak memory until it ends. (PyTorch asks for 64-byte aligned blocks,
which a freed block of exactly the size does not fit: the heap grows a few times more before freed neighbours
merge and the steps find room in what they freed.)
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import os
import sys

from landmark.provenance import cpu_flags

# mallopt(3) parameters, from glibc's malloc.h
M_TRIM_THRESHOLD = -1
M_MMAP_MAX = -4


def fast_cpu_bf16() -> bool:
    """Whether this CPU does bf16 matmuls in hardware (AMX or AVX-512-BF16), unless LANDMARK_CPU_BF16 says."""
    forced = os.environ.get("LANDMARK_CPU_BF16", "")
    if forced in ("0", "1"):
        return forced == "1"
    return bool({"amx_bf16", "avx512_bf16"} & set(cpu_flags()))


@functools.cache
def keep_freed_memory() -> bool:
    """Make glibc's malloc keep freed memory in the process instead of returning it to the kernel (see above).
    Once a process; False where it does not apply (not Linux with glibc)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # musl and other libcs have no mallopt
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    # Every block from the heap (no mmap), and the heap's free top never trimmed back to the kernel.
    return bool(mallopt(M_MMAP_MAX, 0)) and bool(mallopt(M_TRIM_THRESHOLD, 2**31 - 1))
