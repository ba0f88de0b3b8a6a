"""The model registry: a plain dict from architecture name to (config class, model class).

Adding a paper touches one model file, this dict and one preset. Every model is built the same way,
`model_class(config, src_vocab_size, tgt_vocab_size)`, and keeps the interface of `landmark.models.base`.
"""

from __future__ import annotations

from landmark.models.bahdanau2015 import RNNsearch, RNNsearchConfig
from landmark.models.base import Seq2SeqModel
from landmark.models.bert import BERT, BERTConfig
from landmark.models.cho2014 import RNNEncoderDecoder, RNNEncoderDecoderConfig
from landmark.models.gnmt2016 import GNMT, GNMTConfig
from landmark.models.gpt import GPT, GPTConfig
from landmark.models.jean2015 import RNNsearchLV, RNNsearchLVConfig
from landmark.models.luong2015 import Luong, LuongConfig
from landmark.models.sutskever2014 import Seq2SeqLSTM, Seq2SeqLSTMConfig
from landmark.models.vaswani2017 import Transformer, TransformerConfig

MODELS: dict[str, tuple[type, type[Seq2SeqModel]]] = {
    "vaswani2017": (TransformerConfig, Transformer),
    "bahdanau2015": (RNNsearchConfig, RNNsearch),
    "cho2014": (RNNEncoderDecoderConfig, RNNEncoderDecoder),
    "sutskever2014": (Seq2SeqLSTMConfig, Seq2SeqLSTM),
    "luong2015": (LuongConfig, Luong),
    "jean2015": (RNNsearchLVConfig, RNNsearchLV),
    "gnmt2016": (GNMTConfig, GNMT),
    "gpt": (GPTConfig, GPT),
    "bert": (BERTConfig, BERT),
}

# The models that generate text (search, translate, serve): every one but the masked language model.
GENERATORS = [arch for arch, (_, model_class) in MODELS.items() if model_class.generates]


def arch_of(model_config) -> str:
    """The registry name of a model config's class."""
    for name, (config_class, _) in MODELS.items():
        if type(model_config) is config_class:
            return name
    raise KeyError(f"{type(model_config).__name__} is not in landmark.models.MODELS")


def build_model(model_config, src_vocab_size: int, tgt_vocab_size: int) -> Seq2SeqModel:
    _, model_class = MODELS[arch_of(model_config)]
    return model_class(model_config, src_vocab_size, tgt_vocab_size)
