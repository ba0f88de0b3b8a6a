"""Dynamic batching: requests for one model that arrive together are decoded together, and answered apart.

A request waits in a bounded queue. The batcher, a task on the event loop, takes the oldest waiting request and
waits for company: until the waiting requests hold `max_batch_tokens` source tokens, or until the oldest has
waited `max_wait_s`. It then takes requests from the front while they fit the budget (always at least one) and
hands them to the model's worker thread, which calls `Translator.translate_nbest` once for each distinct set of
decoding options in the batch. Decoding off the event loop keeps /health and the queue answering meanwhile; one
thread a model, because a model decodes one batch at a time anyway and torch spreads each batch over the cores.
While a batch decodes, new requests gather in the queue, so under load batches grow without waiting at all.
"""

from __future__ import annotations

import asyncio
import collections
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from landmark.config import DecodeOptions
from landmark.serve.metrics import Metrics
from landmark.translator import Translation, Translator


class QueueFull(Exception):
    """The model's queue holds `queue_size` requests already: the client should come back later (503)."""


class Stopped(Exception):
    """The server stopped before the request was decoded (503)."""


@dataclass(eq=False)  # compared and hashed by identity: a job is a key of the worker's results
class Job:
    texts: list[str]
    options: DecodeOptions
    tokens: int  # source tokens of all its texts, EOS included: what the batch budget counts
    future: asyncio.Future
    arrived: float = field(default_factory=time.monotonic)  # seconds, time.monotonic()


class Batcher:
    """One model's queue, batching task and worker thread. `start` and `stop` run on the server's event loop."""

    def __init__(
        self,
        name: str,
        translator: Translator,
        metrics: Metrics,
        max_batch_tokens: int,
        max_wait_s: float,
        queue_size: int,
    ):
        self.name, self.translator, self.metrics = name, translator, metrics
        self.max_batch_tokens, self.max_wait_s, self.queue_size = max_batch_tokens, max_wait_s, queue_size
        self.pending: collections.deque[Job] = collections.deque()
        self.decoding: list[Job] = []  # the batch in the worker thread now
        self.executor: ThreadPoolExecutor | None = None
        self.task: asyncio.Task | None = None

    async def start(self) -> None:
        self.wakeup = asyncio.Event()  # set whenever a job joins the queue
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"decode-{self.name}")
        self.task = asyncio.create_task(self._run(), name=f"batcher-{self.name}")

    async def stop(self) -> None:
        """Stop batching; requests still waiting or decoding are answered 503. Uvicorn calls this after the
        requests in flight are answered, so in a graceful shutdown there are none."""
        if self.task is not None:
            self.task.cancel()
            await asyncio.gather(self.task, return_exceptions=True)
        for job in [*self.decoding, *self.pending]:  # none, unless the graceful shutdown timed out
            if not job.future.done():
                job.future.set_exception(Stopped("the server is shutting down"))
        self.pending.clear()
        if self.executor is not None:
            await asyncio.to_thread(self.executor.shutdown, wait=True, cancel_futures=True)

    async def translate(
        self, texts: list[str], options: DecodeOptions, tokens: int, timeout_s: float
    ) -> list[list[Translation]]:
        """The nbest translations of each text, once its batch is decoded. Raises QueueFull at once when the
        queue is full, and asyncio.TimeoutError past `timeout_s` seconds (the job is then dropped if it has not
        started; a job already decoding finishes, and its answer is thrown away)."""
        if self.task is None or self.task.done():  # the app was run without its lifespan, or is stopping
            raise Stopped(f"model {self.name!r} is not being served")
        self._drop_abandoned()
        if len(self.pending) >= self.queue_size:
            raise QueueFull(f"{len(self.pending)} requests are waiting for model {self.name!r} already")
        job = Job(texts, options, tokens, asyncio.get_running_loop().create_future())
        self.pending.append(job)
        self.metrics.queue_depth.labels(self.name).set(len(self.pending))
        self.wakeup.set()
        # wait_for cancels the future on timeout, which marks the job abandoned for the batcher
        return await asyncio.wait_for(job.future, timeout_s)

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            self._drop_abandoned()
            if not self.pending:
                self.wakeup.clear()
                await self.wakeup.wait()
                continue
            await self._wait_for_company()
            batch = self._take()
            if not batch:
                continue
            self.metrics.batch_requests.labels(self.name).observe(len(batch))
            self.metrics.batch_sentences.labels(self.name).observe(sum(len(job.texts) for job in batch))
            self.decoding = batch
            with self.metrics.batch_seconds.labels(self.name).time():
                results = await loop.run_in_executor(self.executor, self._decode, batch)
            self.decoding = []
            for job, result in zip(batch, results, strict=True):
                if job.future.done():  # the client's deadline passed, or it left, while we decoded
                    continue
                if isinstance(result, BaseException):
                    job.future.set_exception(result)
                else:
                    job.future.set_result(result)

    async def _wait_for_company(self) -> None:
        """Return once the queue holds a batch's worth of tokens, or its oldest job has waited max_wait_s."""
        while self.pending and sum(job.tokens for job in self.pending) < self.max_batch_tokens:
            left = self.pending[0].arrived + self.max_wait_s - time.monotonic()
            if left <= 0:
                return
            self.wakeup.clear()
            try:
                await asyncio.wait_for(self.wakeup.wait(), left)
            except asyncio.TimeoutError:
                return
            self._drop_abandoned()

    def _take(self) -> list[Job]:
        """Jobs from the front of the queue while they fit the token budget; the first always fits."""
        batch, tokens = [], 0
        while self.pending and (not batch or tokens + self.pending[0].tokens <= self.max_batch_tokens):
            job = self.pending.popleft()
            if not job.future.done():
                batch.append(job)
                tokens += job.tokens
        self.metrics.queue_depth.labels(self.name).set(len(self.pending))
        return batch

    def _drop_abandoned(self) -> None:
        """Forget jobs whose request is answered already (504) or gone (the client left)."""
        if any(job.future.done() for job in self.pending):
            self.pending = collections.deque(job for job in self.pending if not job.future.done())
            self.metrics.queue_depth.labels(self.name).set(len(self.pending))

    def _decode(self, batch: list[Job]) -> list[list[list[Translation]] | BaseException]:
        """In the worker thread: one translate_nbest call per distinct DecodeOptions (a frozen dataclass, so it
        can key a dict), its hypotheses cut back into each job's share. A failure fails only its own group."""
        groups: dict[DecodeOptions, list[Job]] = collections.defaultdict(list)
        for job in batch:
            groups[job.options].append(job)
        results: dict[Job, list[list[Translation]] | BaseException] = {}
        for options, jobs in groups.items():
            try:
                hypotheses = self.translator.translate_nbest([text for job in jobs for text in job.texts], options)
            except Exception as error:  # our fault, not the client's (inputs are checked before): 500, serve on
                results.update((job, error) for job in jobs)
                continue
            start = 0
            for job in jobs:
                results[job] = hypotheses[start : start + len(job.texts)]
                start += len(job.texts)
        return [results[job] for job in batch]
