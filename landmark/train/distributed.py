"""Several processes training one run: `torchrun --nproc-per-node N -m landmark train …`.

torchrun starts N copies of `landmark train` with RANK, WORLD_SIZE and LOCAL_RANK in their environment; `join`
reads them and opens PyTorch's process group (gloo between CPU processes, nccl between GPUs). The trainer then
wraps its model in DistributedDataParallel and gives each rank every N-th batch of each optimizer step's group,
so that N processes with `train.accumulate=k` take the same steps over the same batches as one process with
accumulate N x k (landmark.train.trainer). Rank 0 alone writes the run directory: metrics, checkpoints, run.json.

Several machines: the same command on each, with `--nnodes M --node-rank i --rdzv-endpoint host:port` (torchrun's
own flags; README). Without torchrun (WORLD_SIZE unset or 1) nothing here does anything.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import torch
import torch.distributed as dist


@dataclass(frozen=True)
class World:
    rank: int = 0
    size: int = 1
    local_rank: int = 0  # this process's index on its own machine: which GPU it takes

    @property
    def main(self) -> bool:
        """Rank 0: the process that writes the run directory and logs."""
        return self.rank == 0

    @property
    def distributed(self) -> bool:
        return self.size > 1


def join(device_type: str) -> World:
    """The world this process was started in; opens the process group on the first call under torchrun."""
    size = int(os.environ.get("WORLD_SIZE", "1"))
    if size == 1:
        return World()
    local_rank = int(os.environ.get("LOCAL_RANK", "0"))
    if device_type == "cuda":
        torch.cuda.set_device(local_rank)
    if not dist.is_initialized():
        dist.init_process_group("nccl" if device_type == "cuda" else "gloo")
    return World(dist.get_rank(), dist.get_world_size(), local_rank)


def summed(world: World, *values: float, device: torch.device | str = "cpu") -> list[float]:
    """Each value summed over every rank (a few numbers: token counts, a loss sum)."""
    if not world.distributed:
        return list(values)
    tensor = torch.tensor(values, dtype=torch.float64, device=device)
    dist.all_reduce(tensor)
    return tensor.tolist()


def agree(world: World, flag: bool, device: torch.device | str = "cpu") -> bool:
    """Rank 0's answer, on every rank: a decision (stop now?) that must not differ between processes, whose clocks
    do."""
    if not world.distributed:
        return flag
    tensor = torch.tensor([float(flag)], device=device)
    dist.broadcast(tensor, src=0)
    return bool(tensor.item())


def replicas_identical(world: World, model: torch.nn.Module) -> bool:
    """Whether every rank holds exactly rank 0's weights (DDP keeps them so; a rank that trained apart would not)."""
    if not world.distributed:
        return True
    with torch.no_grad():
        mine = torch.cat([p.detach().flatten().float() for p in model.parameters()])
        theirs = mine.clone()
        dist.broadcast(theirs, src=0)
        same = torch.tensor([float(torch.equal(mine, theirs))], device=mine.device)
        dist.all_reduce(same, op=dist.ReduceOp.MIN)
    return bool(same.item())


def barrier(world: World) -> None:
    if world.distributed:
        dist.barrier()


def leave(world: World) -> None:
    if world.distributed and dist.is_initialized():
        dist.destroy_process_group()
