"""The playground's JSON API and what it computes: the beam it records is the shared search's, the attention it
returns is the model's, every "what if" switch changes what it should, and bad requests get a 4xx naming why."""

from __future__ import annotations

import math
from dataclasses import replace

import httpx
import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from landmark.cli import main
from landmark.data.toy import toy_split
from landmark.playground import probe
from landmark.playground.app import create_app, load_runs
from landmark.tokens import BOS, PAD

TRAIN = ["--no-progress", "--set", "train.eval_sentences=5", "--set", "train.num_threads=1"]


@pytest.fixture(autouse=True)
def one_thread():
    torch.set_num_threads(1)


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict:
    """A Transformer and a Bahdanau RNNsearch on toy:reverse, trained enough to be mostly right."""
    folder = tmp_path_factory.mktemp("playground")
    for preset, steps in (("vaswani2017-tiny", 300), ("bahdanau2015-tiny", 150), ("gnmt2016-tiny", 150)):
        main(["train", "--preset", preset, "--out", str(folder / preset), "--set", f"train.max_steps={steps}",
              "--set", f"train.eval_every={steps}", "--set", "train.lr=0.005", *TRAIN])  # fmt: skip
    return load_runs(
        [
            f"toy={folder / 'vaswani2017-tiny'}",
            f"rnn={folder / 'bahdanau2015-tiny'}",
            f"gnmt={folder / 'gnmt2016-tiny'}",
        ]
    )


@pytest.fixture(scope="module")
def client(runs):
    transport = httpx.ASGITransport(app=create_app(runs))

    class Client:  # httpx's ASGI transport is async; the tests read better synchronous
        def request(self, method, path, **kwargs):
            import asyncio

            async def go():
                async with httpx.AsyncClient(transport=transport, base_url="http://playground") as http:
                    return await http.request(method, path, **kwargs)

            return asyncio.run(go())

        def get(self, path, **kwargs):
            return self.request("GET", path, **kwargs)

        def post(self, path, **kwargs):
            return self.request("POST", path, **kwargs)

    return Client()


SENTENCE = "a b c d e"


@pytest.mark.parametrize("name", ["toy", "rnn", "gnmt"])
@pytest.mark.parametrize("beam", [1, 4])
def test_the_recorded_beam_finds_what_the_shared_search_finds(runs, name, beam):
    translator = runs[name]
    sources = toy_split("reverse", "val")[0][:20]
    options = replace(translator.config.decode, beam_size=beam, nbest=1)
    expected = translator.translate(sources, options)
    for source, want in zip(sources, expected, strict=True):
        got = probe.analyze(translator, source, beam, options.length_penalty, None, probe.Switches(), top_k=3)
        assert got["translation"]["pieces"] == want.tokens
        assert got["translation"]["score"] == pytest.approx(want.score, abs=1e-3)
        assert got["steps"][-1]["finished"] or len(got["steps"]) > len(want.tokens)


def test_analyze_returns_the_pieces_translation_and_every_map(client, runs):
    answer = client.post("/api/analyze", json={"text": SENTENCE, "beam_size": 1})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    translator = runs["toy"]
    assert body["source"]["pieces"] == [*SENTENCE.split(), "</s>"]
    assert (
        body["translation"]["text"]
        == translator.translate([SENTENCE], replace(translator.config.decode, beam_size=1))[0].text
    )
    S, T = len(body["source"]["pieces"]), len(body["target_inputs"])
    layers, heads = translator.model.config.decoder_layers, translator.model.config.num_heads
    shapes = {kind: torch.tensor(maps).shape for kind, maps in body["attention"].items()}
    assert shapes == {
        "encoder": (layers, heads, S, S),
        "decoder": (layers, heads, T, T),
        "cross": (layers, heads, T, S),
    }
    for maps in body["attention"].values():  # every row is a distribution
        assert torch.allclose(torch.tensor(maps).sum(-1), torch.ones(1), atol=1e-3)
    decoder = torch.tensor(body["attention"]["decoder"])
    assert decoder.triu(diagonal=1).abs().max() == 0  # the paper's mask: nothing attends to the future
    token, position, total = (torch.tensor(body["embeddings"][k]) for k in ("token", "position", "sum"))
    assert torch.allclose(token + position, total, atol=1e-3)
    D = translator.model.config.d_model
    assert position[3, 0] == pytest.approx(math.sin(3.0), abs=1e-3)  # PE(3, 0) = sin(3 / 10000^0)
    assert position[3, 1] == pytest.approx(math.cos(3.0), abs=1e-3)
    assert position[2, D - 2] == pytest.approx(math.sin(2 / 10000 ** ((D - 2) / D)), abs=1e-3)
    assert set(body["timing_ms"]) == {"encode", "decode", "attention"}


def maps(client, **switches) -> dict:
    answer = client.post("/api/analyze", json={"text": SENTENCE, "beam_size": 1, "switches": switches})
    assert answer.status_code == 200, answer.text
    return {kind: torch.tensor(m) for kind, m in answer.json()["attention"].items()} | {"body": answer.json()}


def test_each_switch_changes_what_it_should(client):
    paper = maps(client)
    no_mask = maps(client, causal_mask="none")["decoder"]
    assert no_mask.triu(diagonal=1).sum() > 0.1  # positions now attend to the future
    lower = maps(client, causal_mask="lower")["decoder"]
    assert lower.tril(diagonal=-1).abs().max() == 0 and torch.allclose(lower.sum(-1), torch.ones(1), atol=1e-3)
    # No scaling sharpens every row: the largest weight of each row grows on average.
    assert maps(client, scale=False)["encoder"].amax(-1).mean() > paper["encoder"].amax(-1).mean()
    negated = maps(client, score="negated")["encoder"]
    assert not torch.allclose(negated, paper["encoder"], atol=1e-2)
    squared = maps(client, score="squared")["encoder"]
    assert not torch.allclose(squared, paper["encoder"], atol=1e-2)
    unpositioned = maps(client, positions=False)
    assert torch.tensor(unpositioned["body"]["embeddings"]["position"]).abs().max() == 0
    # Silencing a head leaves its weights drawn but changes what the layers above it see.
    silenced = maps(client, silence_heads=[{"kind": "encoder", "layer": 0, "head": 0}])
    assert torch.allclose(silenced["encoder"][0], paper["encoder"][0], atol=1e-4)
    assert not torch.allclose(silenced["encoder"][1], paper["encoder"][1], atol=1e-4)
    skipped = maps(client, silence_layers=[{"kind": "encoder", "layer": 0}])
    assert not torch.allclose(skipped["encoder"][1], paper["encoder"][1], atol=1e-4)
    assert all(maps(client, **switch)["body"]["notes"] for switch in ({"scale": False}, {"causal_mask": "none"}))
    assert maps(client)["body"]["notes"] == []
    # and the model is left as it was: the paper's maps come back
    assert torch.allclose(maps(client)["encoder"], paper["encoder"])


def test_without_the_causal_mask_teacher_forcing_reads_the_answer(tmp_path):
    """Trained with the mask removed (the switch on for the whole of training), a model learns to read the next
    target token from its own input: its teacher-forced loss falls far below that of the same training with the
    paper's mask, and what it learnt is useless when it decodes one token at a time, where no future exists."""
    from landmark.config import apply_overrides, config_from_dict, load_raw
    from landmark.train.trainer import Trainer

    sources, targets = toy_split("reverse", "val")
    sources, targets = sources[:100], targets[:100]
    losses, bleu = {}, {}
    for mask in ("upper", "none"):
        overrides = ["train.max_steps=150", "train.eval_every=150", "train.lr=0.005", "train.eval_sentences=5",
                     "train.num_threads=1", "train.log_every=1000"]  # fmt: skip
        config = config_from_dict(apply_overrides(load_raw("vaswani2017-tiny"), overrides))
        trainer = Trainer(config, tmp_path / mask, progress=False)
        switches = probe.Switches(causal_mask=mask)
        with probe.applied(trainer.model, switches):
            bleu[mask] = trainer.fit()["best_val_bleu"]  # validation decodes greedily, with the switch on too
        translator = load_runs([str(tmp_path / mask)])[mask]
        losses[mask] = teacher_forced_loss(translator, sources, targets, switches)
    assert losses["none"] < 0.5 * losses["upper"], losses  # it reads the answer
    assert bleu["none"] < 0.25 * bleu["upper"], bleu  # and cannot translate without it


def teacher_forced_loss(translator, sources, targets, switches) -> float:
    from landmark.data.vocab import encode_with_eos

    src_ids = encode_with_eos(translator.src_vocab, sources)
    tgt_ids = encode_with_eos(translator.tgt_vocab, targets)
    total, count = 0.0, 0
    with torch.no_grad(), probe.applied(translator.model, switches):
        for s, t in zip(src_ids, tgt_ids, strict=True):
            src = torch.tensor([s.tolist()])
            tgt = t.tolist()
            logits = translator.model(src, src != PAD, torch.tensor([[BOS, *tgt[:-1]]]))
            total += torch.nn.functional.cross_entropy(logits[0], torch.tensor(tgt), reduction="sum").item()
            count += len(tgt)
    return total / count


def test_an_rnn_run_shows_its_alignment_and_greys_out_the_transformer_switches(client):
    runs = {run["name"]: run for run in client.get("/api/runs").json()["runs"]}
    assert runs["toy"]["kinds"] == {"encoder": [2, 4], "decoder": [2, 4], "cross": [2, 4]}
    assert all(reason is None for reason in runs["toy"]["switches"].values())
    assert runs["rnn"]["kinds"] == {"cross": [1, 1]} and runs["rnn"]["has_positions"] is False
    assert all(isinstance(reason, str) for reason in runs["rnn"]["switches"].values())
    answer = client.post("/api/analyze", json={"run": "rnn", "text": SENTENCE})
    assert answer.status_code == 200 and set(answer.json()["attention"]) == {"cross"}
    refused = client.post("/api/analyze", json={"run": "rnn", "text": SENTENCE, "switches": {"scale": False}})
    assert refused.status_code == 422 and "does not apply to this model" in refused.json()["error"]["message"]


def test_a_forced_prefix_starts_the_translation_and_the_model_continues(client):
    free = client.post("/api/analyze", json={"text": SENTENCE, "beam_size": 1}).json()["translation"]["pieces"]
    forced = client.post("/api/analyze", json={"text": SENTENCE, "beam_size": 1, "prefix": "a a"}).json()
    assert forced["translation"]["pieces"][:2] == ["a", "a"] and forced["translation"]["pieces"] != free
    steps = client.post("/api/beam", json={"text": SENTENCE, "beam_size": 3, "top_k": 4}).json()["steps"]
    assert len(steps[0]["alive"]) == 3 and len(steps[0]["next"][0]["candidates"]) == 4
    probabilities = [c["prob"] for c in steps[0]["next"][0]["candidates"]]
    assert probabilities == sorted(probabilities, reverse=True) and sum(probabilities) <= 1.0 + 1e-6


@pytest.mark.parametrize(
    ("body", "status", "field"),
    [
        ({"text": ""}, 422, "text"),
        ({"text": "   "}, 422, "text"),
        ({"text": "a " * 5000}, 422, "text"),
        ({"text": 7}, 422, "text"),
        ({"text": ["a"]}, 422, "text"),
        ({"text": "a", "run": "nope"}, 404, "run"),
        ({"text": "a", "beam_size": 0}, 422, "beam_size"),
        ({"text": "a", "switches": {"score": "cubed"}}, 422, "switches.score"),
        ({"text": "a", "switches": {"silence_heads": [{"kind": "encoder", "layer": 9, "head": 0}]}}, 422, None),
        ({"text": "a", "surprise": 1}, 422, "surprise"),
    ],
)
def test_a_bad_request_is_a_4xx_naming_what_is_wrong(client, body, status, field):
    answer = client.post("/api/analyze", json=body)
    assert answer.status_code == status, answer.text
    error = answer.json()["error"]
    assert error["status"] == status and error["message"]
    if field:
        assert error["field"] == field


def test_a_body_that_is_not_json_or_not_utf8_is_a_400(client):
    for content in (b"{not json", b'{"text": "\xff\xfe"}'):
        answer = client.post("/api/analyze", content=content, headers={"content-type": "application/json"})
        assert answer.status_code in (400, 422), answer.text
        assert answer.json()["error"]["message"]


def test_the_page_and_its_files_are_served_without_the_internet(client):
    page = client.get("/")
    assert page.status_code == 200 and "<html" in page.text.lower()
    assert "http://" not in page.text.replace("http://www.w3.org", "") and "https://" not in page.text
    for name in ("playground.js", "playground.css"):
        assert client.get(f"/static/{name}").status_code == 200
    assert client.get("/static/nothing.js").status_code == 404


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 40)
    | st.floats(allow_nan=False, allow_infinity=False, width=32)
    | st.text(max_size=30),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8,
)
FIELDS = ["run", "text", "beam_size", "length_penalty", "prefix", "switches", "top_k"]
SWITCHES = st.fixed_dictionaries(
    {},
    optional={
        "causal_mask": st.sampled_from(["upper", "none", "lower", "sideways"]) | JSON,
        "scale": st.booleans() | JSON,
        "score": st.sampled_from(["dot", "squared", "negated"]) | JSON,
        "positions": st.booleans(),
        "silence_heads": st.lists(
            st.fixed_dictionaries(
                {
                    "kind": st.sampled_from(["encoder", "decoder", "cross", "x"]),
                    "layer": st.integers(-1, 3),
                    "head": st.integers(-1, 5),
                }
            ),  # fmt: skip
            max_size=3,
        ),
        "silence_layers": st.lists(
            st.fixed_dictionaries({"kind": st.sampled_from(["encoder", "decoder"]), "layer": st.integers(-1, 3)}),
            max_size=2,
        ),
    },
)
BODIES = (
    st.fixed_dictionaries(
        {},
        optional={
            "run": st.sampled_from(["toy", "rnn", "other"]) | JSON,
            "text": st.text(alphabet="abcdefgh xyzé\x00\n", max_size=60) | JSON,
            "beam_size": st.integers(-1, 20) | JSON,
            "length_penalty": st.floats(-1, 6, allow_nan=False) | JSON,
            "prefix": st.none() | st.text(alphabet="abc ", max_size=10) | JSON,
            "switches": SWITCHES | JSON,
            "top_k": st.integers(-1, 25) | JSON,
        },
    )
    | st.dictionaries(st.sampled_from(FIELDS + ["extra"]), JSON, max_size=4)
    | JSON
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=BODIES, path=st.sampled_from(["/api/analyze", "/api/beam"]))
def test_no_generated_request_gets_a_5xx(client, body, path):
    answer = client.post(path, json=body)
    assert answer.status_code < 500, (body, answer.text)
    if answer.status_code != 200:
        assert answer.json()["error"]["message"]


def test_sampling_draws_again_with_the_same_seed_and_top_1_is_greedy(client):
    def translate(**sampling):
        body = {"text": SENTENCE, "beam_size": 1, "sampling": sampling}
        answer = client.post("/api/analyze", json=body)
        assert answer.status_code == 200, answer.text
        return answer.json()["translation"]["pieces"]

    greedy = client.post("/api/analyze", json={"text": SENTENCE, "beam_size": 1}).json()["translation"]["pieces"]
    assert translate(top_k=1, seed=3) == greedy
    assert translate(temperature=0.01, seed=4) == greedy
    assert translate(temperature=3.0, seed=5) == translate(temperature=3.0, seed=5)
    assert len({tuple(translate(temperature=3.0, seed=seed)) for seed in range(6)}) > 1  # hot sampling varies
    steps = client.post("/api/beam", json={"text": SENTENCE, "sampling": {"seed": 1}}).json()["steps"]
    assert all(len(step["alive"]) <= 1 for step in steps)
    refused = client.post("/api/analyze", json={"text": SENTENCE, "sampling": {"temperature": 0}})
    assert refused.status_code == 422 and refused.json()["error"]["field"] == "sampling.temperature"
