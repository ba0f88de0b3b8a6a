"""What the machine can do, and settings that make it do it faster.

bf16 on the CPU: a matmul in bf16 is fast only where the CPU has it in hardware (AVX-512-BF16, or AMX's tiles);
elsewhere PyTorch emulates it, slower than fp32. `fast_cpu_bf16` says which, from /proc/cpuinfo.

Freed memory on Linux: glibc's malloc serves every block of 128 KiB or more (up to 32 MiB as it adapts) with a
fresh mmap and gives it back on free. A training step allocates and frees the same large tensors every step (the
logits alone are 35 MB in bf16 at 2,880 tokens and 6,000 words), so each step the kernel maps and zero-fills those
pages again: a bf16 logits matmul took 14.5 ms with a fresh output and 3.4 ms into memory already touched (bench,
this CPU). `keep_freed_memory` tells glibc to serve them from its heap and keep what is freed for the next step, as
PyTorch's GPU caching allocator does; the process then holds its peak memory until it ends.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import sys

from landmark.provenance import cpu_flags

# mallopt(3) parameters, from glibc's malloc.h
M_TRIM_THRESHOLD = -1
M_MMAP_MAX = -4


def fast_cpu_bf16() -> bool:
    """Whether this CPU does bf16 matmuls in hardware (AMX or AVX-512-BF16)."""
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
