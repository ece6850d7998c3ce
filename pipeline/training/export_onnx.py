"""Export the shipped NER network to ONNX: ``python -m pipeline.training.export_onnx [DIR]``
(``make export-onnx``; training runs it after every save). Needs the ``train`` extra (torch,
onnx); the runtime then runs ``DIR/model.onnx`` with onnxruntime and no torch.

The graph computes the network up to the CRF's emission scores; the CRF's Viterbi decoding
stays in numpy (``pipeline.nlp.ner_model.viterbi``: a dynamic loop with back-pointers is
awkward in ONNX and costs little in numpy with 7 tags), and the graph outputs the CRF's
transition / start / end scores (BIO penalties added) so that ``model.onnx`` is self-contained.

Two changes against the torch module, both exact: the bidirectional LSTM over a packed batch
becomes two one-directional LSTMs over the padded batch, the backward one reading each
sentence reversed within its own length (what packing does; ONNX export of packed sequences
ignores the lengths); the embedding tables stay in fp16 as in ``model.pt`` (half the file) and
are cast to fp32 after the lookup, the same values torch computes with after loading.
``model.onnx.json`` records the sha256 of the ``model.pt`` it was exported from (a test checks
that the two match).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import warnings
from pathlib import Path

import torch
from torch import nn

from pipeline.nlp.ner_model import INPUTS, ONNX_FILE, TORCH_FILE, default_model_dir
from pipeline.training.ner_net import CharNerNet, load_net

OPSET = 17
OUTPUTS = ("emissions", "transitions", "start", "end")


class ExportedEmissions(nn.Module):
    """``CharNerNet.emissions`` (eval mode) in operations ONNX exports exactly."""

    trans: torch.Tensor  # buffers: the CRF's scores
    start: torch.Tensor
    end: torch.Tensor

    def __init__(self, net: CharNerNet) -> None:
        super().__init__()
        self.char_w = nn.Parameter(net.char_emb.weight.detach().half(), requires_grad=False)
        self.bigram_w = nn.Parameter(net.bigram_emb.weight.detach().half(), requires_grad=False)
        self.conv_w = (None if net.conv_emb is None else
                       nn.Parameter(net.conv_emb.weight.detach().clone(), requires_grad=False))
        lstm = net.lstm
        self.fw = nn.LSTM(lstm.input_size, lstm.hidden_size, batch_first=True)
        self.bw = nn.LSTM(lstm.input_size, lstm.hidden_size, batch_first=True)
        with torch.no_grad():
            for name in ("weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0"):
                getattr(self.fw, name).copy_(getattr(lstm, name))
                getattr(self.bw, name).copy_(getattr(lstm, name + "_reverse"))
        self.out = net.out
        trans, start, end = (x.detach().clone() for x in net.crf.scores())
        self.register_buffer("trans", trans)
        self.register_buffer("start", start)
        self.register_buffer("end", end)

    def forward(self, chars: torch.Tensor, left: torch.Tensor, right: torch.Tensor,
                lex: torch.Tensor, lengths: torch.Tensor,
                convention: torch.Tensor) -> tuple[torch.Tensor, ...]:
        t = chars.shape[1]
        parts = [self.char_w[chars].float(), self.bigram_w[left].float(),
                 self.bigram_w[right].float(), lex]
        if self.conv_w is not None:
            parts.append(self.conv_w[convention].unsqueeze(1).expand(-1, t, -1))
        x = torch.cat(parts, -1)
        # position t of the reversed sentence: len-1-t inside it, t (padding) after it
        pos = torch.arange(t).unsqueeze(0)
        n = lengths.unsqueeze(1)
        rev = torch.where(pos < n, n - 1 - pos, pos).unsqueeze(2)
        h_fw, _ = self.fw(x)
        h_bw, _ = self.bw(torch.gather(x, 1, rev.expand(-1, -1, x.shape[2])))
        h_bw = torch.gather(h_bw, 1, rev.expand(-1, -1, h_bw.shape[2]))
        em = self.out(torch.cat([h_fw, h_bw], -1))
        # + 0 and no constant folding at export: the CRF scores stay named graph outputs
        return em, self.trans + 0, self.start + 0, self.end + 0


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def export(model_dir: Path) -> Path:
    """Write ``model_dir/model.onnx`` (and ``model.onnx.json``) from ``model_dir/model.pt``."""
    module = ExportedEmissions(load_net(model_dir)).eval()
    b, t = 2, 5
    example = (torch.full((b, t), 2), torch.full((b, t), 2), torch.full((b, t), 2),
               torch.zeros(b, t, 4), torch.tensor([t, 3]), torch.zeros(b, dtype=torch.long))
    batch_time = {0: "batch", 1: "time"}
    axes = {"chars": batch_time, "bigrams_left": batch_time, "bigrams_right": batch_time,
            "lexicon": batch_time, "lengths": {0: "batch"}, "convention": {0: "batch"},
            "emissions": batch_time}
    out = model_dir / ONNX_FILE
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the TorchScript exporter's deprecation notice
        torch.onnx.export(module, example, str(out), dynamo=False, opset_version=OPSET,
                          input_names=list(INPUTS), output_names=list(OUTPUTS),
                          dynamic_axes=axes, do_constant_folding=False)
    info = {"source": TORCH_FILE, "source_sha256": sha256(model_dir / TORCH_FILE),
            "torch": torch.__version__.split("+")[0], "opset": OPSET,
            "graph": "emissions (CRF decoded in numpy: pipeline.nlp.ner_model.viterbi)"}
    (model_dir / (ONNX_FILE + ".json")).write_text(json.dumps(info, indent=1) + "\n",
                                                   encoding="utf-8")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("model_dir", nargs="?", type=Path, default=None,
                    help="directory with model.pt, vocab.json, config.json (default: models/ner)")
    args = ap.parse_args()
    model_dir = args.model_dir or default_model_dir()
    out = export(model_dir)
    print(f"wrote {out} ({out.stat().st_size / 2**20:.1f} MB) from {model_dir / TORCH_FILE}")


if __name__ == "__main__":
    main()
