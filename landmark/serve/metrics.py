"""The server's Prometheus metrics, in a registry of its own (so that two apps in one process, as in the tests,
count apart). GET /metrics renders them in Prometheus' text format."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)  # seconds
COUNT_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024)


class Metrics:
    def __init__(self):
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "landmark_requests",
            "HTTP requests answered, by endpoint and status code",
            ["endpoint", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "landmark_request_seconds",
            "seconds from a request's arrival to its answer, by endpoint",
            ["endpoint"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.batch_requests = Histogram(
            "landmark_batch_requests",
            "requests gathered into one decoding batch, by model",
            ["model"],
            buckets=COUNT_BUCKETS,
            registry=self.registry,
        )
        self.batch_sentences = Histogram(
            "landmark_batch_sentences",
            "sentences in one decoding batch, by model",
            ["model"],
            buckets=COUNT_BUCKETS,
            registry=self.registry,
        )
        self.batch_seconds = Histogram(
            "landmark_batch_seconds",
            "seconds the worker thread spent decoding one batch, by model",
            ["model"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.queue_depth = Gauge(
            "landmark_queue_depth",
            "requests waiting for a batch, by model",
            ["model"],
            registry=self.registry,
        )

    def render(self) -> bytes:
        return generate_latest(self.registry)
