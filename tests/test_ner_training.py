"""Training-side pieces of the NER model: pretrained vectors, vocabulary, annotation conventions.

Training itself is never run here (it takes hours); these tests build tiny networks in memory.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import torch

from pipeline.nlp.gazetteer import Division, Gazetteer
from pipeline.nlp.ner import NerConfigError
from pipeline.nlp.ner_model import CharNerNet, CharTagger, Vocab, parse_arg, save_model
from pipeline.training.ner import build_vocab, epoch_batches, init_embeddings, load_vectors
from pipeline.training.ner_augment import local_names, replace_mentions, replaceable
from pipeline.training.ner_data import spans_of, to_tags


def write_vectors(d: Path) -> None:
    d.mkdir()
    # word2vec text format; a key may contain a space (the bigram "号 " before a space)
    (d / "chars.txt").write_text("2 3\n中 1.0 2.0 3.0\n国 -1.0 0.0 1.0\n", encoding="utf-8")
    (d / "bigrams.txt").write_text("3 2\n中国 0.5 0.5\n号  1.0 -1.0\n新词 2.0 2.0\n",
                                   encoding="utf-8")


def test_load_vectors_keeps_keys_with_spaces(tmp_path: Path) -> None:
    write_vectors(tmp_path / "v")
    chars, grams = load_vectors(tmp_path / "v")
    assert chars["中"] == [1.0, 2.0, 3.0]
    assert grams["号 "] == [1.0, -1.0]
    assert list(grams) == ["中国", "号 ", "新词"]  # file order = frequency order


def test_vocab_adds_pretrained_bigrams_unseen_in_annotated_data(tmp_path: Path) -> None:
    write_vectors(tmp_path / "v")
    _, grams = load_vectors(tmp_path / "v")
    train = [("中国人", ["B-LOC", "I-LOC", "O"])] * 3
    plain = build_vocab(train, 2, 2, 100)
    assert "新词" not in plain.bigrams
    vocab = build_vocab(train, 2, 2, 100, grams, max_pretrained=1)
    assert vocab.bigrams[: len(plain.bigrams)] == plain.bigrams
    # only the most frequent missing one fits under max_pretrained=1
    assert vocab.bigrams[len(plain.bigrams):] == ["号 "]


def test_init_embeddings_copies_direction_and_matches_spread() -> None:
    torch.manual_seed(0)
    emb = torch.nn.Embedding(6, 3)
    before = emb.weight.detach().clone()
    vectors = {"中": [1.0, 2.0, 3.0], "国": [-1.0, 0.0, 1.0]}
    n = init_embeddings(emb, ["中", "国", "人", "民"], vectors)
    assert n == 2
    w = emb.weight.detach()
    # rows 2, 3 (offset by PAD, UNK) are the centred, rescaled vectors: their difference
    # points the same way as the original difference
    diff = w[2] - w[3]
    assert torch.allclose(diff / diff.norm(), torch.tensor([1.0, 1.0, 1.0]) / 3**0.5, atol=1e-5)
    assert torch.equal(w[4:], before[4:]) and torch.equal(w[:2], before[:2])


def tiny_model(tmp_path: Path, conventions: list[str]) -> Path:
    torch.manual_seed(1)
    vocab = Vocab(["中", "国", "人"], ["中国", "国人"])
    arch = {"char_dim": 4, "bigram_dim": 3, "hidden": 5, "conventions": conventions}
    net = CharNerNet(5, 4, **arch)
    out = tmp_path / "ner"
    (out / "lexicons").mkdir(parents=True)
    (out / "lexicons" / "places.txt").write_text("中国\n", encoding="utf-8")
    (out / "lexicons" / "surnames.txt").write_text("王\n", encoding="utf-8")
    save_model(out, net, vocab, {"arch": arch, "default_convention": conventions[-1]
                                 if conventions else None})
    return out


def test_conventions_change_the_emissions(tmp_path: Path) -> None:
    net = CharNerNet(5, 4, char_dim=4, bigram_dim=3, hidden=5, conventions=["msra", "pd1998"])
    net.eval()
    x = torch.tensor([[2, 3, 4]])
    g = torch.tensor([[2, 3, 1]])
    lex = torch.zeros(1, 3, 4)
    lengths = torch.tensor([3])
    a = net.emissions(x, g, g, lex, lengths, torch.tensor([0]))
    b = net.emissions(x, g, g, lex, lengths, torch.tensor([1]))
    assert not torch.allclose(a, b)
    assert torch.allclose(net.emissions(x, g, g, lex, lengths), a)  # default: the first


def test_tagger_follows_default_or_chosen_convention(tmp_path: Path) -> None:
    d = tiny_model(tmp_path, ["msra", "pd1998"])
    assert CharTagger(d).convention_name == "pd1998"  # config's default_convention
    assert CharTagger(d, "msra").convention_name == "msra"
    with pytest.raises(NerConfigError, match=r"no convention 'ctb'.*msra, pd1998"):
        CharTagger(d, "ctb")
    spans = CharTagger(d, "msra").tag(["中国人", ""])
    assert len(spans) == 2 and spans[1] == []


def test_single_convention_model_rejects_a_convention(tmp_path: Path) -> None:
    d = tiny_model(tmp_path, [])
    assert CharTagger(d).convention_name == ""
    with pytest.raises(NerConfigError, match="single convention"):
        CharTagger(d, "msra")


def test_model_spec_argument() -> None:
    path, conv = parse_arg("convention=msra")
    assert path.name == "ner" and conv == "msra"
    assert parse_arg("some/dir,convention=pd1998") == (Path("some/dir"), "pd1998")
    assert parse_arg(None)[1] is None
    with pytest.raises(NerConfigError, match="unknown option 'beam'"):
        parse_arg("beam=3")


def test_training_takes_the_gold_scorer_as_an_argument() -> None:
    import subprocess
    import sys

    from pipeline.nlp.ner_model import default_model_dir
    from pipeline.training.ner import choose_convention

    # training never imports the evaluation (which imports the training data readers)
    code = "import sys, pipeline.training.ner; assert 'pipeline.evaluation.ner' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
    scored: list[int] = []

    def score(predict) -> float:  # type: ignore[no-untyped-def]
        scored.append(len(predict(["太原市小店区"])[0]))
        return 0.5

    conventions = ["pd1998", "msra"]
    assert choose_convention(default_model_dir(), conventions, score) == "msra"
    assert len(scored) == 2
    assert choose_convention(default_model_dir(), conventions) == "msra"  # no scorer: no scoring

# ---------------------------------------------------------------------------------------------
# mention-replacement augmentation (pipeline.training.ner_augment)


def local_gazetteer() -> Gazetteer:
    rows = [  # code, name, level, parent: a small slice of the Shanxi tree
        ("140181", "古交市", "county", "1401"),
        ("140181001", "桃园街道", "township", "140181"),
        ("140181100", "河口镇", "township", "140181"),
        ("140181001010", "腾飞路社区", "village", "140181001"),
        ("140181100201", "下家庄村", "village", "140181100"),
    ]
    divs = {code: Division(code=code, name=name, official=name, level=level, parent=parent,
                           path="", aliases=(), year=2021) for code, name, level, parent in rows}
    return Gazetteer(divisions=divs)


def test_local_names_by_kind_with_parents() -> None:
    names = local_names(local_gazetteer())
    assert names.places["county"] == (("古交市", ""),)
    assert names.places["street"] == (("桃园街道", "古交市"),)
    assert names.places["town"] == (("河口镇", "古交市"),)
    assert names.places["community"] == (("腾飞路社区", "桃园街道"),)
    assert names.places["village"] == (("下家庄村", "河口镇"),)
    rng = random.Random(0)
    orgs = {names.org(rng) for _ in range(300)}
    assert "下家庄村委会" in orgs  # the 村 of the name and of the suffix merge
    assert "古交市公安局" in orgs and "河口镇卫生院" in orgs
    locs = {names.loc(rng) for _ in range(300)}
    assert {"古交市", "桃园街道", "河口镇", "腾飞路社区", "下家庄村", "腾飞路小区"} <= locs
    led = {local_names(local_gazetteer(), parent_share=1.0).org(rng) for _ in range(300)}
    assert "古交市河口镇人民政府" in led  # led by the parent: one ORG span
    assert "河口镇卫生院" not in led and "下家庄村委会" not in led
    bare = {local_names(local_gazetteer(), parent_share=0.0).org(rng) for _ in range(300)}
    assert not any(o.startswith(("古交市河口镇", "古交市桃园街道")) for o in bare)


def test_synthetic_org_bodies_leave_out_generic_service_descriptions() -> None:
    # a place + 便民服务中心 taught the network to wrap a clause into one ORG (models/ner/README.md)
    suffixes = {s for ss in local_names(local_gazetteer()).org_suffixes.values() for s in ss}
    assert "便民服务中心" not in suffixes and "农业综合服务中心" not in suffixes
    assert "社区卫生服务中心" in suffixes and "卫生院" in suffixes


def test_replaceable_spans_are_local_shaped() -> None:
    assert replaceable("太原市", "LOC") and replaceable("迎泽区", "LOC")
    assert replaceable("万家寨小区", "LOC")
    assert not replaceable("美国", "LOC") and not replaceable("晋", "LOC")
    assert replaceable("国家体委", "ORG") and replaceable("北京市公安局", "ORG")
    assert not replaceable("新华社", "ORG") and not replaceable("东盟", "ORG")
    assert not replaceable("王小明", "PER")


def test_replace_mentions_keeps_tags_aligned_and_is_seeded() -> None:
    names = local_names(local_gazetteer())
    text = "太原市迎泽区公安局的民警来到美国"
    tags = to_tags(len(text), [(0, 9, "ORG"), (14, 16, "LOC")])
    sents = [(text, tags), ("没有实体的一句话", ["O"] * 8)] * 20
    out = replace_mentions(sents, random.Random(5), names, fraction=0.5)
    assert 0 < len(out) < 20  # only sentences with a replaceable span, about half of them
    for new_text, new_tags in out:
        assert len(new_text) == len(new_tags)
        spans = spans_of(new_tags)
        assert [lab for _, _, lab in spans] == ["ORG", "LOC"]
        org = new_text[spans[0][0]:spans[0][1]]
        assert org != "太原市迎泽区公安局" and org.startswith(("古交市", "桃园街道", "河口镇",
                                                           "腾飞路社区", "下家庄"))
        assert new_text[spans[1][0]:spans[1][1]] == "美国"  # not local-shaped: kept
        assert new_text.endswith("的民警来到美国")
    again = replace_mentions(sents, random.Random(5), names, fraction=0.5)
    assert again == out


def test_epoch_batches_keep_new_text_and_sample_the_rest() -> None:
    lengths = [i % 7 + 1 for i in range(100)]  # the last 10 items are new text
    batches = epoch_batches(lengths, 10, 30, 4, random.Random(0))
    items = [i for b in batches for i in b]
    assert len(items) == len(set(items)) == 30
    assert set(range(90, 100)) <= set(items)  # every new item (10 <= a third of 30)
    assert all(max(lengths[i] for i in b) - min(lengths[i] for i in b) <= 1 for b in batches)
    capped = [i for b in epoch_batches(lengths, 10, 12, 4, random.Random(0)) for i in b]
    assert len([i for i in capped if i >= 90]) == 4  # at most a third
    full = [i for b in epoch_batches(lengths, 10, 0, 4, random.Random(0)) for i in b]
    assert sorted(full) == list(range(100))
    assert epoch_batches(lengths, 10, 30, 4, random.Random(3)) == \
        epoch_batches(lengths, 10, 30, 4, random.Random(3))


def test_epoch_batches_weighted_sample_favours_heavy_items() -> None:
    lengths = [3] * 100  # the last 10 items are new text; old items 0-44 weigh 4, 45-89 1
    weights = [4.0] * 45 + [1.0] * 45
    items = [i for b in epoch_batches(lengths, 10, 40, 4, random.Random(0), weights) for i in b]
    assert len(items) == len(set(items)) == 40 and set(range(90, 100)) <= set(items)
    heavy = len([i for i in items if i < 45])
    assert heavy > 2 * (30 - heavy)  # odds 4:1 over equal halves
    assert items == [i for b in epoch_batches(lengths, 10, 40, 4, random.Random(0), weights)
                     for i in b]
