"""Settings: defaults < communique.toml (or --config) < command line; `communique config show`."""

from __future__ import annotations

import tomllib

import pytest

from communique.cli.app import main
from communique.notebook import notebook_defaults
from communique.run.config import effective_settings, merge_settings, parse_assignment, read_config, to_toml
from communique.run.options import defaults
from conftest import ROOT


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_precedence_defaults_file_cli(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "communique.toml", '[run]\ntop = 12\nseed = 7\nonly = "tokens"\n[params.topics]\nn_topics = 4\n')
    settings = effective_settings({"seed": 9, "params": {"topics": {"method": "lda"}}})
    assert settings["top"] == 12                      # from the file
    assert settings["seed"] == 9                      # the command line wins
    assert settings["only"] == ["tokens"]             # "a,b" strings become lists
    assert settings["out"] == defaults()["out"]         # default
    assert settings["params"] == {"topics": {"n_topics": 4, "method": "lda"}}  # merged per stage


def test_bad_settings_are_clear_errors(tmp_path):
    with pytest.raises(ValueError, match="unknown setting 'topp'"):
        read_config(write(tmp_path / "a.toml", "topp = 3\n"))
    with pytest.raises(ValueError, match="'top' must be int"):
        read_config(write(tmp_path / "b.toml", '[run]\ntop = "many"\n'))
    with pytest.raises(ValueError, match="not valid TOML"):
        read_config(write(tmp_path / "c.toml", "top = \n"))
    with pytest.raises(ValueError, match="does not exist"):
        effective_settings({}, tmp_path / "missing.toml")
    with pytest.raises(ValueError, match="at least 1"):
        merge_settings({"top": 0})


def test_paths_in_a_config_elsewhere_are_relative_to_that_file(tmp_path, monkeypatch):
    project = tmp_path / "project"
    project.mkdir()
    write(project / "settings.toml", '[run]\ninputs = ["seeds/"]\nout = "out"\n')
    monkeypatch.chdir(tmp_path)
    settings = read_config(project / "settings.toml")
    assert settings["inputs"] == ["project/seeds"]
    assert settings["out"] == "project/out"


def test_assignments_and_toml_round_trip():
    assert parse_assignment("topics.n_topics=8") == {"topics": {"n_topics": 8}}
    assert parse_assignment("timeline.actor=Russia") == {"timeline": {"actor": "Russia"}}
    assert parse_assignment('freq.words=["a", "b"]') == {"freq": {"words": ["a", "b"]}}
    with pytest.raises(ValueError, match="STAGE.NAME=VALUE"):
        parse_assignment("n_topics=8")
    settings = merge_settings({"only": ["freq"], "params": {"topics": {"n_topics": 3}}})
    parsed = tomllib.loads(to_toml(settings))
    assert merge_settings(parsed) == settings


def test_config_show_prints_the_effective_settings_as_toml(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "communique.toml", '[run]\ninputs = ["in/"]\ntop = 12\n')
    assert main(["config", "show", "--top", "40", "--set", "topics.n_topics=5", "--no-cache"]) == 0
    text = capsys.readouterr().out
    assert "communique.toml" in text.splitlines()[0]
    shown = tomllib.loads(text)
    assert shown["run"]["top"] == 40 and shown["run"]["inputs"] == ["in/"] and shown["run"]["cache"] is False
    assert shown["params"] == {"topics": {"n_topics": 5}}
    # What it prints is itself a valid communique.toml giving the same settings.
    write(tmp_path / "shown.toml", text)
    assert effective_settings({}, tmp_path / "shown.toml") == effective_settings(
        {"top": 40, "cache": False, "params": {"topics": {"n_topics": 5}}})


def test_run_takes_everything_from_communique_toml(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    write(tmp_path / "in" / "2020-01-02_a.txt", "Envoys meet\n\nEnvoys met in Geneva on Monday.")
    write(tmp_path / "communique.toml", '[run]\ninputs = ["in"]\nout = "result"\nonly = ["tokens"]\nquiet = true\n')
    assert main(["run"]) == 0
    assert (tmp_path / "result" / "documents.csv").is_file()
    assert (tmp_path / "result" / "report.html").is_file()
    assert main(["run", "--no-report", "--out", "other"]) == 0   # options override the file
    assert not (tmp_path / "other" / "report.html").exists()


def test_run_without_inputs_is_a_one_line_error(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["run", "--out", "x"]) == 2
    assert "no input given" in capsys.readouterr().err


def test_notebook_defaults_find_the_projects_file_upward(tmp_path, monkeypatch):
    write(tmp_path / "communique.toml", '[run]\ntop = 15\nseed = 3\ninputs = ["seeds/"]\n')
    (tmp_path / "notebooks").mkdir()
    monkeypatch.chdir(tmp_path / "notebooks")
    params = notebook_defaults()
    assert params["top"] == 15 and params["random_state"] == 3
    assert params["inputs"] == ["../seeds"]
    assert params["config_file"] == "../communique.toml"


def test_repository_has_no_config_that_changes_defaults():
    # make analysis must give the documented defaults unless the project adds a communique.toml on purpose.
    path = ROOT / "communique.toml"
    if path.exists():
        read_config(path)  # at least valid


def test_widget_helpers_degrade_to_the_static_result_outside_a_kernel():
    from communique.notebook import describe_control, explore, make_control, show_figures_inline

    assert explore(lambda word, k: f"{word}:{k}", word=["sanctions", "summit"], k=(2, 12)) == "sanctions:2"
    assert describe_control(True) == "Checkbox" and describe_control("Putin") == "Text"
    assert describe_control(["a", "b"]) == "Dropdown" and describe_control((1, 9, 2)) == "IntSlider"
    slider = make_control("n_topics", (2, 12, 2))
    assert (slider.min, slider.max, slider.step, slider.value) == (2, 12, 2, 2)
    assert show_figures_inline() is False            # not inside IPython: nothing to register


@pytest.mark.parametrize("argv, named", [
    (["--set", "topics.foo=3"], "topics.foo"),          # unknown parameter of a stage
    (["--set", "topics.k=abc"], "topics.k"),            # unknown (and mistyped) parameter
    (["--set", "topics.n_topics=abc"], "topics.n_topics"),
    (["--set", "nowhere.x=1"], "'nowhere'"),            # unknown stage
    (["--top", "abc"], "--top"),
    (["--engine", "spark"], "'spark'"),
    (["--only", "tokens,bogus"], "'bogus'"),
])
def test_unknown_or_mistyped_options_are_one_line_errors_before_any_work(tmp_path, capsys, argv, named):
    out = tmp_path / "out"
    assert main(["run", str(ROOT / "seeds"), "--out", str(out), *argv]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and named in err
    assert ("allowed" in err or "must be" in err or "stages:" in err)
    assert not out.exists()                              # nothing was done


def test_an_unknown_toml_key_names_the_known_ones(tmp_path, capsys):
    config = write(tmp_path / "c.toml", '[run]\ntopp = 3\n')
    assert main(["run", str(ROOT / "seeds"), "--out", str(tmp_path / "o"), "--config", str(config)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "'topp'" in err and "top, seed" in err


def test_the_schema_drives_parser_defaults_and_reproduce_command():
    import argparse
    from dataclasses import fields

    from communique.cli.run import add_run_options
    from communique.run.options import RunOptions, flag_of, reproduce_command, settings_fields

    parser = argparse.ArgumentParser()
    add_run_options(parser)
    flags = {s for action in parser._actions for s in action.option_strings}
    assert {flag_of(f) for f in settings_fields() if f.name != "inputs"} <= flags
    assert set(defaults()) == {f.name for f in fields(RunOptions) if f.metadata["setting"]}
    options = RunOptions.from_settings(merge_settings({"top": 7, "only": "freq", "params": {"topics": {"n_topics": 3}}}))
    assert options.top == 7 and options.only == ("freq",) and options.seed == 0
    assert reproduce_command(options, ["in"]) == ("communique run in --out figures --only freq --top 7 --seed 0 "
                                                  "--set topics.n_topics=3")
    assert options.parameters() == {"only": ["freq"], "date": None, "top": 7, "seed": 0, "genre": "auto",
                                    "follow_symlinks": False, "max_bytes": 20_000_000, "dayfirst": "auto",
                                    "params": {"topics": {"n_topics": 3}}}


def test_topics_stage_parameters_are_the_topic_models_own():
    # STAGE_PARAMS spells what the topics stage passes to TopicModel; the two must not drift apart.
    import inspect

    from communique.run.options import STAGE_PARAMS
    from communique.topics.model import TopicModel

    accepted = set(inspect.signature(TopicModel.__init__).parameters) - {"self", "random_state"}
    # names goes to topic_documents (which terms the model sees), max_documents to the sample.
    assert set(STAGE_PARAMS["topics"]) == accepted | {"max_documents", "names"}
    for name, param in inspect.signature(TopicModel.__init__).parameters.items():
        if name in STAGE_PARAMS["topics"] and param.default not in (None, inspect.Parameter.empty):
            default = list(param.default) if isinstance(param.default, tuple) else param.default
            assert STAGE_PARAMS["topics"][name].check(default), name
