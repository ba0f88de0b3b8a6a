"""The engines a run can decode with: our own (`torch`, float32 or int8) and CTranslate2 (OpenNMT's C++
inference engine) for `vaswani2017` runs, with the export that CTranslate2 needs.

    open_translator("runs/m30k", backend="ctranslate2", int8=True)   # what --backend ctranslate2 --int8 opens
    export_ctranslate2("runs/m30k", "m30k-ct2")                       # what `landmark export --to ctranslate2` does

The export fills the `ctranslate2` package's own `TransformerSpec` through its converter API with our weights.
What has to line up, and how it does:
- positions: ours interleave sin and cos (PE(pos, 2i) = sin, PE(pos, 2i+1) = cos); CTranslate2's built-in
  table puts all sines before all cosines, so our table is stored in the model and used instead;
- post-norm (the paper's) or pre-norm: the spec's `pre_norm`, and the final LayerNorm of a pre-norm stack;
- embeddings times sqrt(D): the spec's `scale_embeddings` (on by default);
- attention: our separate Q, K and V projections are fused into CTranslate2's one (Q|K|V for self-attention,
  K|V for attention over the source); the output projection is our tied embedding matrix;
- tokens: the vocabularies are registered as our pieces in id order, and `</s>` is appended to every source,
  as our models were trained;
- the output limit: CTranslate2 takes one limit a batch, the longest of ours in it, and a hypothesis that runs
  past its own sentence's limit (a * |source| + b) is cut there; ours forces EOS at that limit and scores it, so
  hypotheses that reach the limit may rank differently;
- the length penalty: ours is GNMT's, score = log P / ((5 + L) / 6)^alpha; CTranslate2's is log P / L^alpha.
  Both rank by log-probability when alpha = 0 and greedy search ignores it; with alpha > 0 the two can pick
  different beams, so BLEU is compared, not strings.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import torch

from landmark.config import ConfigError, DecodeOptions
from landmark.data.batching import pad_sequences
from landmark.decode.search import Hypothesis, max_lengths
from landmark.tokens import SPECIALS
from landmark.translator import Translation, Translator

BACKENDS = ("torch", "ctranslate2")
COMPUTE_TYPES = ("float32", "int8", "int8_float32")


def open_translator(
    run_dir: str | Path, checkpoint: str = "best", device: str = "auto", backend: str = "torch", int8: bool = False
) -> Translator:
    """The run's Translator on `backend`; int8: the linear layers in int8 (ours) or an int8 model (CTranslate2)."""
    if backend == "torch":
        return Translator(run_dir, checkpoint, device, int8=int8)
    if backend == "ctranslate2":
        return CTranslate2Translator(run_dir, checkpoint, device, compute_type="int8" if int8 else "float32")
    raise ConfigError(f"backend {backend!r}; valid: {', '.join(BACKENDS)}")


def _ctranslate2():
    try:
        import ctranslate2
    except ImportError as error:
        raise ConfigError(
            "the CTranslate2 backend needs the ctranslate2 package: pip install ctranslate2 (it ships with "
            'landmark\'s ".[dev]" extra)'
        ) from error
    return ctranslate2


def transformer_spec(translator: Translator):
    """The `ctranslate2.specs.TransformerSpec` of a loaded vaswani2017 run, weights and vocabularies in it."""
    from landmark.models.vaswani2017 import Transformer

    specs = _ctranslate2().specs
    model = translator.model
    if not isinstance(model, Transformer):
        raise ConfigError(
            f"{translator.run_dir}: only vaswani2017 runs export to CTranslate2 (this run's model is "
            f"{translator.config.arch})"
        )
    config = model.config
    spec = specs.TransformerSpec.from_config(
        (config.encoder_layers, config.decoder_layers), config.num_heads, pre_norm=config.pre_norm
    )

    def numpy(tensor: torch.Tensor) -> np.ndarray:
        return tensor.detach().float().cpu().numpy().copy()

    def linear(target, *sources: torch.nn.Linear) -> None:  # several sources are fused along the output axis
        target.weight = numpy(torch.cat([source.weight for source in sources]))
        if sources[0].bias is not None:
            target.bias = numpy(torch.cat([source.bias for source in sources]))

    def norm(target, source: torch.nn.LayerNorm) -> None:
        target.gamma, target.beta = numpy(source.weight), numpy(source.bias)

    def feed_forward(target, layer) -> None:
        linear(target.linear_0, layer.feed_forward.inner)
        linear(target.linear_1, layer.feed_forward.outer)
        norm(target.layer_norm, layer.feed_forward_residual.norm)

    table = numpy(model.positions.table)
    for side, embedding in ((spec.encoder, model.src_embedding), (spec.decoder, model.tgt_embedding)):
        embeddings = side.embeddings[0] if isinstance(side.embeddings, list) else side.embeddings
        embeddings.weight = numpy(embedding.weight)
        side.scale_embeddings = True
        side.position_encodings.encodings = table
    for target, layer in zip(spec.encoder.layer, model.encoder_layers, strict=True):
        attention = layer.self_attention
        linear(target.self_attention.linear[0], attention.query, attention.key, attention.value)
        linear(target.self_attention.linear[1], attention.output)
        norm(target.self_attention.layer_norm, layer.attention_residual.norm)
        feed_forward(target.ffn, layer)
    for target, layer in zip(spec.decoder.layer, model.decoder_layers, strict=True):
        own, cross = layer.self_attention, layer.cross_attention
        linear(target.self_attention.linear[0], own.query, own.key, own.value)
        linear(target.self_attention.linear[1], own.output)
        norm(target.self_attention.layer_norm, layer.self_residual.norm)
        linear(target.attention.linear[0], cross.query)
        linear(target.attention.linear[1], cross.key, cross.value)
        linear(target.attention.linear[2], cross.output)
        norm(target.attention.layer_norm, layer.cross_residual.norm)
        feed_forward(target.ffn, layer)
    if config.pre_norm:
        norm(spec.encoder.layer_norm, model.encoder_norm)
        norm(spec.decoder.layer_norm, model.decoder_norm)
    linear(spec.decoder.projection, model.output)

    source_pieces = translator.src_vocab.pieces(list(range(translator.src_vocab.size)))
    target_pieces = translator.tgt_vocab.pieces(list(range(translator.tgt_vocab.size)))
    for pieces in (source_pieces, target_pieces):
        if tuple(pieces[: len(SPECIALS)]) != SPECIALS:
            raise ConfigError(f"{translator.run_dir}: its vocabulary does not start with {', '.join(SPECIALS)}")
    spec.register_source_vocabulary(source_pieces)
    spec.register_target_vocabulary(target_pieces)
    unk, bos, eos = SPECIALS[1:]
    spec.config.unk_token, spec.config.bos_token, spec.config.eos_token = unk, bos, eos
    spec.config.decoder_start_token = bos
    spec.config.add_source_eos = True
    return spec


def export_ctranslate2(
    run_dir: str | Path, out_dir: str | Path, checkpoint: str = "best", quantization: str | None = None
) -> Path:
    """Write the run's checkpoint as a CTranslate2 model directory (model.bin, vocabularies, config.json).
    quantization: None keeps float32; int8 stores int8 weights (CTranslate2 can also quantise at load time)."""
    ctranslate2 = _ctranslate2()
    translator = Translator(run_dir, checkpoint, device="cpu")
    spec = transformer_spec(translator)

    class Converter(ctranslate2.converters.Converter):
        def _load(self):
            return spec

    return Path(Converter().convert(str(out_dir), quantization=quantization, force=True))


class CTranslate2Translator(Translator):
    """A run decoded by CTranslate2: the same texts in, the same Translation objects out, as Translator.

    The model is exported on first use to <run>/ctranslate2/<checkpoint>/ (again whenever the checkpoint is
    newer than the export). compute_type: float32, or int8 (weights quantised to int8 when loaded)."""

    def __init__(
        self,
        run_dir: str | Path,
        checkpoint: str = "best",
        device: str = "cpu",
        compute_type: str = "float32",
        threads: int | None = None,
    ):
        ctranslate2 = _ctranslate2()
        if compute_type not in COMPUTE_TYPES:
            raise ConfigError(f"compute type {compute_type!r}; valid: {', '.join(COMPUTE_TYPES)}")
        if device not in ("cpu", "auto"):
            raise ConfigError(f"the CTranslate2 backend runs here on the CPU only; device {device!r} was asked for")
        super().__init__(run_dir, checkpoint, device="cpu")
        self.backend, self.int8 = "ctranslate2", compute_type.startswith("int8")
        transformer_spec(self)  # refuses a model that is not a vaswani2017 Transformer, before any export
        self.export_dir = self.run.path / "ctranslate2" / Path(self.checkpoint_path).stem
        marker = self.export_dir / "model.bin"
        if not marker.exists() or marker.stat().st_mtime < Path(self.checkpoint_path).stat().st_mtime:
            export_ctranslate2(self.run.path, self.export_dir, str(self.checkpoint_path))
        self.compute_type = compute_type
        self.engine = ctranslate2.Translator(
            str(self.export_dir),
            device="cpu",
            compute_type=compute_type,
            inter_threads=1,
            intra_threads=threads or torch.get_num_threads() or os.cpu_count() or 1,
        )
        self._ids = {piece: i for i, piece in enumerate(self.tgt_vocab.pieces(list(range(self.tgt_vocab.size))))}

    def translate_nbest(
        self,
        texts: list[str],
        options: DecodeOptions | None = None,
        progress: bool | None = False,
        to: str | None = None,
    ) -> list[list[Translation]]:
        options = options or self.config.decode
        if not texts:
            return []
        if options.return_attention:
            raise ConfigError("the CTranslate2 backend does not return attention weights here")
        if options.replace_unk or options.candidates_frequent or options.candidates_per_word:
            raise ConfigError("candidate lists and UNK replacement (Jean et al. 2015) decode with --backend torch only")
        sources = self._fit_to_model(self.encode_sources(texts, to), options)
        results: list[list[Translation] | None] = [None] * len(texts)
        for index in self._batches(sources, options):
            # CTranslate2 takes one output limit a batch: the batch's longest of ours (a * |source| + b), and a
            # hypothesis that runs past its own sentence's limit is cut there, where ours would have forced EOS.
            _, src_mask = pad_sequences([sources[i] for i in index])
            limits = max_lengths(self.model, src_mask, options).tolist()
            batch = [self.src_vocab.pieces(sources[i][:-1].tolist()) for i in index]  # it appends </s> itself
            outputs = self.engine.translate_batch(
                batch,
                beam_size=options.beam_size,
                num_hypotheses=options.nbest,
                length_penalty=options.length_penalty,
                coverage_penalty=options.coverage_penalty,  # CTranslate2's is GNMT's too
                max_decoding_length=int(max(limits)),
                max_input_length=0,  # _fit_to_model has applied our own limit
                min_decoding_length=0,  # ours may end at once; CTranslate2 by default writes at least one token
                disable_unk=not options.allow_unk,
                return_scores=True,
                max_batch_size=0,
            )
            for i, limit, output in zip(index, limits, outputs, strict=True):
                results[i] = [
                    self._translation(
                        Hypothesis([self._ids[p] for p in pieces[:limit]], score, score), sources[i], texts[i], options
                    )
                    for pieces, score in zip(output.hypotheses, output.scores, strict=True)
                ]
        return results
