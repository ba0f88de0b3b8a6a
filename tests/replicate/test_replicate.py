"""`landmark replicate` end to end at scale 'tiny' on a slice of Multi30k: each paper's page, figures and records."""

import json
import os
import re
from pathlib import Path

import numpy as np
import pytest

from landmark.cli import main
from landmark.provenance import RESULT_KEYS
from landmark.replicate import PAPERS
from landmark.replicate.engine import TEST_SPLITS
from landmark.replicate.luong2015 import BUDGETS, LUONG_ATTENTION
from landmark.replicate.stats import grouping_p, same_group_rate

RECORD_KEYS = set(RESULT_KEYS)
PROVENANCE = {"preset", "corpus", "pair", "split", "command", "commit", "device", "date"}  # every record's
RUNS = {"cho2014": 1, "sutskever2014": 2, "bahdanau2015": 2, "luong2015": 10}


@pytest.mark.parametrize("paper", list(RUNS))  # the translation pages; rnn-lstm-gru has its own tests
def test_tiny_replication_writes_a_smoke_page_with_its_figures_and_measured_bleu(data_dir, paper, tmp_path, capsys):
    out, docs = tmp_path / "runs", tmp_path / "docs"
    main(["replicate", paper, "--scale", "tiny", "--out", str(out), "--docs", str(docs), "--no-progress"])
    page = Path(capsys.readouterr().out.strip().splitlines()[-1])
    assert page == out / "docs" / "replications" / f"{paper}.md"
    assert not docs.exists()  # smoke figures never land in docs/
    text = page.read_text(encoding="utf-8")
    assert text.splitlines()[0].startswith("**Smoke run, not a replication**")
    assert "capped" in text

    figures = re.findall(r"!\[[^\]]*\]\(([^)]+\.png)\)", text)
    assert figures and len(figures) == len(set(figures))
    for figure in figures:
        assert (page.parent / figure).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(figures) == {"bahdanau2015": 4, "luong2015": 2}.get(paper, 1)

    records = [json.loads(line) for line in (out / "docs" / "results" / f"{paper}.jsonl").read_text().splitlines()]
    assert len(records) == RUNS[paper] * len(TEST_SPLITS)
    for record in records:
        assert RECORD_KEYS <= set(record)
        assert record["beam"] == 5 and record["scale"] == "tiny" and record["sentences"] == 40
        assert record["command"].startswith(f"landmark replicate {paper} --scale tiny")
        assert f"{record['bleu']:.2f}" in text
        hypotheses = (out / "docs" / record["hypotheses"]).read_text(encoding="utf-8").splitlines()
        assert len(hypotheses) == record["sentences"]
        assert (out / "docs" / "results" / "runs" / paper / record["variant"] / "metrics.jsonl").exists()
    assert {(r["variant"], r["split"]) for r in records} == {
        (r["variant"], split) for r in records for split in TEST_SPLITS
    }
    assert "## What reproduced" in text and "## What the paper reports" in text


def test_a_page_reuses_an_identical_finished_run_and_a_rerun_replaces_its_records(data_dir, tmp_path, capsys):
    out = tmp_path / "runs"
    args = ["--scale", "tiny", "--out", str(out), "--no-progress"]
    main(["replicate", "bahdanau2015", *args])
    main(["replicate", "cho2014", *args])  # cho2014-small at toy widths is bahdanau2015's RNNencdec control
    log = capsys.readouterr().err
    assert f"reusing {out / 'bahdanau2015' / 'rnnencdec'}" in log
    assert not (out / "cho2014").exists()

    records = out / "docs" / "results" / "cho2014.jsonl"
    first = [json.loads(line) for line in records.read_text().splitlines()]
    main(["replicate", "cho2014", *args])
    again = [json.loads(line) for line in records.read_text().splitlines()]
    assert len(first) == len(again) == len(TEST_SPLITS)
    assert [r["bleu"] for r in first] == [r["bleu"] for r in again]  # the same checkpoint's translations
    assert capsys.readouterr().err.count("translations of this checkpoint reused") == len(TEST_SPLITS)

    checkpoint = out / "bahdanau2015" / "rnnencdec" / "best.pt"
    os.utime(checkpoint, ns=(checkpoint.stat().st_atime_ns, checkpoint.stat().st_mtime_ns + 1))
    main(["replicate", "cho2014", *args])  # a checkpoint written since: decoded again
    assert "reused" not in capsys.readouterr().err
    assert [json.loads(line)["bleu"] for line in records.read_text().splitlines()] == [r["bleu"] for r in first]


def test_an_unknown_paper_is_refused_with_the_valid_ones():
    with pytest.raises(SystemExit, match="papers: " + ", ".join(PAPERS)):
        main(["replicate", "vaswani2017", "--scale", "tiny"])


def test_the_cpu_scale_trains_a_subset_of_luongs_grid_that_still_answers_each_question():
    grid = {a.replace(" ", "-") + suffix for a in LUONG_ATTENTION for suffix in ("", "-no-feed")}
    chosen = set(BUDGETS["cpu"].variants)
    assert chosen <= grid
    assert {"global-dot", "global-general"} <= chosen  # the score function of global attention
    assert {"global-general", "local-p"} <= chosen  # global against local-p, both with the general score
    assert any(f"{v}-no-feed" in chosen for v in chosen)  # and input feeding's ablation


def test_the_grouping_test_tells_clusters_from_noise():
    groups = [g for g in "abcd" for _ in range(5)]
    clustered = np.concatenate([np.eye(4)[k] + 0.01 * np.arange(5)[:, None] for k in range(4)])
    hits, chance, nearest = same_group_rate(clustered, groups)
    assert hits == 20 and chance == pytest.approx(4 / 19)
    assert grouping_p(nearest, groups) < 0.001
    rng = np.random.default_rng(1)
    scattered = rng.normal(size=(20, 8))
    _, _, nearest = same_group_rate(scattered, groups)
    assert grouping_p(nearest, groups) > 0.05


def test_gnmt_smoke_page_has_its_curves_its_scores_and_the_alpha_beta_grid(data_dir, tmp_path, capsys):
    from landmark.replicate.gnmt2016 import ALPHAS, BETAS, OTHER_ALPHAS, OTHER_BETAS

    out = tmp_path / "runs"
    main(["replicate", "gnmt2016", "--scale", "tiny", "--out", str(out), "--no-progress"])
    page = Path(capsys.readouterr().out.strip().splitlines()[-1])
    text = page.read_text(encoding="utf-8")
    assert "residual_vs_plain.png" in text and "## What reproduced" in text
    records = [json.loads(line) for line in (out / "docs" / "results" / "gnmt2016.jsonl").read_text().splitlines()]
    tests = [r for r in records if r["split"] in TEST_SPLITS]
    grid = [r for r in records if r["split"] == "val"]
    assert {(r["variant"], r["split"]) for r in tests} == {(v, s) for v in ("residual", "plain") for s in TEST_SPLITS}
    cells = {v: sorted((r["length_penalty"], r["coverage_penalty"]) for r in grid if r["variant"] == v) for v in
             ("residual", "rnnsearch", "transformer")}  # fmt: skip
    assert cells["residual"] == sorted((a, b) for a in ALPHAS for b in BETAS)
    assert cells["rnnsearch"] == cells["transformer"] == sorted((a, b) for a in OTHER_ALPHAS for b in OTHER_BETAS)
    assert "rnnsearch:" in text and "transformer:" in text
    kept = list((out / "gnmt2016" / "residual" / "hyps").glob("replicate.*.json"))  # a re-run decodes none again
    assert len(kept) == len(ALPHAS) * len(BETAS) + len(TEST_SPLITS), sorted(p.name for p in kept)
    for record in grid:
        assert RECORD_KEYS <= set(record) and f"{record['bleu']:.2f}" in text


def test_a_page_s_run_killed_midway_is_resumed_from_its_last_checkpoint_not_started_again(data_dir, tmp_path, capsys):
    """A page whose runs do not fit one session goes on in the next: an unfinished run of the same config resumes."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from landmark.replicate.engine import Budget, Replication\n"
        "budgets = {'tiny': Budget(size='tiny', overrides={'cho2014': ('train.checkpoint_every=10',)})}\n"
        "rep = Replication('cho2014', budgets, 'tiny', sys.argv[1], sys.argv[2], sys.argv[1], False)\n"
        "print(rep.train('run', 'cho2014').summary['steps'])\n"
    )
    out = tmp_path / "runs"
    (out / "cho2014" / "run").mkdir(parents=True)  # an empty folder, as a run stopped before it began leaves
    killed = subprocess.run([sys.executable, "-c", script, str(out), str(data_dir)], capture_output=True, text=True,
                            env={**os.environ, "LANDMARK_FAILPOINT": "step:25"}, timeout=300)  # fmt: skip
    assert killed.returncode == -9, killed.stderr
    run = out / "cho2014" / "run"
    assert (run / "last.pt").exists() and not [
        r for r in map(json.loads, (run / "metrics.jsonl").read_text().splitlines()) if r["type"] == "end"
    ]
    resumed = subprocess.run([sys.executable, "-c", script, str(out), str(data_dir)], capture_output=True, text=True,
                             timeout=300)  # fmt: skip
    assert resumed.returncode == 0, resumed.stderr
    assert "resuming run" in resumed.stderr and resumed.stdout.strip().splitlines()[-1] == "40"
    records = [json.loads(line) for line in (run / "metrics.jsonl").read_text().splitlines()]
    assert [r["type"] for r in records].count("resume") == 1


def test_transformer_gpt_bert_smoke_page_measures_each_family_and_each_what_if(data_dir, tmp_path, capsys):
    from landmark.replicate.transformer_gpt_bert import FILL_MASK, WHAT_IF

    if not (Path(data_dir) / "tinyshakespeare").is_dir():
        pytest.skip("tinyshakespeare not in LANDMARK_DATA")
    out = tmp_path / "runs"
    main(["replicate", "transformer-gpt-bert", "--scale", "tiny", "--out", str(out), "--no-progress"])
    page = Path(capsys.readouterr().out.strip().splitlines()[-1])
    text = page.read_text(encoding="utf-8")
    for figure in ("attention_patterns.png", "what_if_loss.png", "bert_encoder.png"):
        assert figure in text and (page.parent / "figures" / "transformer-gpt-bert" / figure).exists()
    assert all(f"| {name} |" in text for name in WHAT_IF) and all(sentence in text for sentence in FILL_MASK)
    records = [
        json.loads(line) for line in (out / "docs" / "results" / "transformer-gpt-bert.jsonl").read_text().splitlines()
    ]
    bleu = {(r["variant"], r["split"]) for r in records if "bleu" in r}
    translators = ("encoder-decoder", "decoder-only", "pre-norm", "bert-encoder")
    assert bleu == {(v, s) for v in translators for s in TEST_SPLITS}
    measured = {(r["variant"], r["measure"]) for r in records if "measure" in r}
    assert {(f"what-if-{n}", "val_loss_stepwise") for n in WHAT_IF} <= measured
    assert ("masked-language-model", "masked_token_perplexity") in measured
    for record in records:
        assert (RECORD_KEYS if "bleu" in record else PROVENANCE) <= set(record) and record["scale"] == "tiny"
        if record.get("measure") == "val_loss_per_char":
            assert f"{record['value']:.3f}" in text


def test_jean_smoke_page_compares_the_softmaxes_and_records_each_way_of_decoding(data_dir, tmp_path, capsys):
    from landmark.replicate.jean2015 import TAU

    out = tmp_path / "runs"
    main(["replicate", "jean2015", "--scale", "tiny", "--out", str(out), "--no-progress"])
    page = Path(capsys.readouterr().out.strip().splitlines()[-1])
    text = page.read_text(encoding="utf-8")
    assert "full_vs_sampled.png" in text and "## What reproduced" in text and "sentences/s" in text
    records = [json.loads(line) for line in (out / "docs" / "results" / "jean2015.jsonl").read_text().splitlines()]
    peak = {r["variant"]: r["value"] for r in records if r.get("measure") == "peak_during_steps_mib"}
    before = {r["variant"]: r["value"] for r in records if r.get("measure") == "resident_before_steps_mib"}
    assert set(peak) == set(before) == {"full", "sampled"}
    assert all(peak[v] >= before[v] > 50 for v in peak)
    assert f"**{peak['full']:.0f} MiB** with the full softmax" in text
    records = [r for r in records if "measure" not in r]
    tests = [r for r in records if "decoding" not in r]
    assert {(r["variant"], r["split"]) for r in tests} == {(v, s) for v in ("full", "sampled") for s in TEST_SPLITS}
    ways = {r["decoding"] for r in records if "decoding" in r}
    assert len(ways) == 4 and len(records) == len(tests) + 4 * len(TEST_SPLITS)
    for record in records:
        assert RECORD_KEYS <= set(record) and f"{record['bleu']:.2f}" in text
    assert (
        f"V' (tau = {TAU['tiny']})" in text
        and "x cheaper at no more than 1 BLEU lost: " in text
        and "s an epoch against" in text
    )
    assert all(isinstance(r["unk_tokens"], int) and r["unk_tokens"] >= 0 for r in records if "decoding" in r)


def test_jean_unk_verdict_needs_an_unk_to_replace():
    from landmark.replicate.jean2015 import unk_verdict

    assert "Not measurable" in unk_verdict([10.0, 10.0, 10.0, 10.0], [0, 0, 0, 0])
    assert unk_verdict([10.0, 9.0, 9.5, 10.5], [3, 5, 0, 0]) == "**Reproduced.**"
    assert unk_verdict([10.0, 9.0, 8.5, 9.0], [3, 5, 0, 0]) == "**Not reproduced.**"


def test_johnson_smoke_page_scores_every_direction_zero_shot_and_pivoted_and_draws_the_map(data_dir, tmp_path, capsys):
    from landmark.replicate.johnson2017 import DIRECTIONS, MIX_WEIGHTS, ZERO_SHOT

    out = tmp_path / "runs"
    main(["replicate", "johnson2017", "--scale", "tiny", "--out", str(out), "--no-progress"])
    page = Path(capsys.readouterr().out.strip().splitlines()[-1])
    text = page.read_text(encoding="utf-8")
    assert "interlingua.png" in text and (page.parent / "figures" / "johnson2017" / "interlingua.png").exists()
    assert all(f"| {w} |" in text for w in MIX_WEIGHTS) and "## What reproduced" in text
    records = [json.loads(line) for line in (out / "docs" / "results" / "johnson2017.jsonl").read_text().splitlines()]
    bleu = [r for r in records if "bleu" in r]
    multilingual = {
        (r["pair"], r["split"], r.get("pivot"), r["zero_shot"]) for r in bleu if r["variant"] == "multilingual"
    }
    assert multilingual == {(d, s, None, False) for d in DIRECTIONS for s in TEST_SPLITS} | {
        (d, s, pivot, pivot is None) for d in ZERO_SHOT for s in TEST_SPLITS for pivot in (None, "en")
    }
    assert all(r["preset"] == "johnson2017-tiny" for r in bleu if r["variant"] == "multilingual")
    rates = [r["target_language_rate"] for r in bleu if r["variant"] == "multilingual"]
    assert len(rates) == len(multilingual) and all(0.0 <= rate <= 1.0 for rate in rates)
    assert "In the asked language" in text and f"{100 * rates[-1]:.1f}%" in text
    singles = {(r["variant"], r["pair"], r["split"]) for r in bleu if r["variant"] != "multilingual"}
    assert singles == {(f"single-{d}", d, s) for d in DIRECTIONS for s in TEST_SPLITS}
    for record in bleu:
        assert RECORD_KEYS <= set(record) and f"{record['bleu']:.2f}" in text and record["scale"] == "tiny"
    measured = {r["measure"]: r for r in records if "measure" in r}
    assert f"**{measured['nearest_other_language_same_sentence']['value']} of 30**" in text


def test_low_resource_smoke_page_has_every_row_with_its_pairs_and_cost(data_dir, tmp_path, capsys):
    from landmark.replicate.low_resource import ROWS, SPLITS

    out = tmp_path / "runs"
    main(["replicate", "low-resource", "--scale", "tiny", "--out", str(out), "--no-progress"])
    page = Path(capsys.readouterr().out.strip().splitlines()[-1])
    text = page.read_text(encoding="utf-8")
    assert "validation_curves.png" in text and "helps most when parallel data is scarce: **" in text
    records = [json.loads(line) for line in (out / "docs" / "results" / "low-resource.jsonl").read_text().splitlines()]
    scored = {(r["variant"], r["pair"], r["split"]) for r in records}
    assert {(v, "en-cs", s) for v in ROWS for s in SPLITS} | {
        (v, "cs-en", s) for v in ("backward", "backward-2") for s in SPLITS
    } == scored
    for record in records:
        assert RECORD_KEYS <= set(record) and f"{record['bleu']:.2f}" in text
    cells = [line.split(" | ") for line in text.splitlines() if line.startswith("| ")]
    rows = {row[0][2:]: row for row in cells if len(row) > 1 and row[1] in ROWS.values()}  # the results table
    assert set(rows) == set(ROWS)
    assert rows["baseline"][2:4] == ["150", "0"] and rows["bt"][2:4] == ["150", "300"]
    assert rows["bt-tagged"][3] == "300 (tagged)" and rows["baseline-more"][2] == "750"
    synthetic = (out / "low-resource" / "synthetic" / "bt-tagged" / "train.en").read_text().splitlines()
    assert all(line.startswith("<BT> ") for line in synthetic)
    vocab = [out / "low-resource" / run / "vocab" / "joint.txt" for run in ("transfer", "multilingual")]
    assert vocab[0].read_bytes() == vocab[1].read_bytes()  # the transfer run reads its parent's vocabulary
