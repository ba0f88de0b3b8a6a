import pytest

from landmark.config import ConfigError, config_from_dict, config_to_dict, load_config, preset_names


def test_every_preset_loads_and_round_trips_through_yaml_mapping():
    assert {"vaswani2017", "vaswani2017-small", "vaswani2017-cpu", "vaswani2017-tiny"} <= set(preset_names())
    for name in preset_names():
        config = load_config(name)
        assert config_from_dict(config_to_dict(config)) == config


def test_set_overrides_are_applied_and_type_checked():
    config = load_config("vaswani2017-tiny", ["model.encoder_layers=3", "train.lr=5e-4", "data.pair=de-en"])
    assert config.model.encoder_layers == 3 and config.train.lr == 5e-4
    assert (config.data.src_lang, config.data.tgt_lang) == ("de", "en")
    with pytest.raises(ConfigError, match="model.encoder_layers: expected a whole number"):
        load_config("vaswani2017-tiny", ["model.encoder_layers=two"])
    with pytest.raises(ConfigError, match="train.adam_betas: expected a list of 2"):
        load_config("vaswani2017-tiny", ["train.adam_betas=[0.9]"])


def test_unknown_keys_name_the_key_and_the_valid_ones():
    with pytest.raises(ConfigError, match=r"unknown key model.d_modle; valid keys of 'model' are: .*d_model"):
        load_config("vaswani2017-tiny", ["model.d_modle=3"])
    with pytest.raises(ConfigError, match="unknown section 'trian'"):
        load_config("vaswani2017-tiny", ["trian.lr=3"])
    with pytest.raises(ConfigError, match="model.arch is 'nope'; valid architectures: vaswani2017"):
        load_config("vaswani2017-tiny", ["model.arch=nope"])
    with pytest.raises(ConfigError, match="unknown preset 'vaswani2018'; presets: "):
        load_config("vaswani2018")
