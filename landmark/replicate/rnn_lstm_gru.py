"""The vanilla RNN against its gated successors: Elman's (1990) simple recurrent network loses what it saw a few
dozen steps back, because its gradient vanishes over the delay (Bengio et al. 1994); the LSTM's gates (Hochreiter &
Schmidhuber 1997) and the GRU's (Cho et al. 2014) carry the signal and its gradient across. Two toy tasks at growing
delays, each cell at equal hidden size; no corpus and no Trainer.

`landmark replicate rnn-lstm-gru` runs `replicate` below with one of BUDGETS' scales."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only, never a window
import matplotlib.pyplot as plt  # noqa: E402
import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402
from torch import nn  # noqa: E402

from landmark.evaluate.analysis import save_figure  # noqa: E402
from landmark.nn.rnn import StackedRNN  # noqa: E402
from landmark.provenance import device_name, git_commit, result_record, today  # noqa: E402
from landmark.replicate import page  # noqa: E402
from landmark.replicate.engine import Budget, Replication  # noqa: E402

CELLS = ("rnn", "gru", "lstm")
TASKS = ("echo", "adding")
SOLVED, FAILED = 0.9, 0.5  # the verdict: gated cells at >= SOLVED where the vanilla RNN stays < FAILED
WHEN = ("initialisation", "after training")  # the gradient figure's two panels
TOLERANCE = 0.04  # an adding-problem prediction within this of the target counts as correct (H&S 1997, §5.4)


@dataclass(frozen=True)
class Toy:
    """The toy tasks' sizes at one scale."""

    echo_delays: tuple[int, ...]  # echo: the target at step t is the symbol read at t - delay
    adding_lengths: tuple[int, ...]  # adding problem: sequence lengths
    symbols: int = 4  # echo alphabet; chance accuracy is 1 / symbols
    echo_scored: int = 20  # steps scored per echo sequence, after its first `delay`
    hidden_size: int = 64  # every cell's, so that they compare at equal width
    steps: int = 1500  # Adam steps per (task, cell, delay, seed), each on a fresh batch
    batch_size: int = 64
    lr: float = 5e-3
    forget_bias: float = 1.0  # the LSTM's forget-gate bias at the start; 0 leaves torch's initialisation
    clip: float = 1.0  # max gradient norm: an exploding gradient (Pascanu et al. 2013) takes one bounded step
    test_sequences: int = 1000  # held out, the same for every cell
    seeds: tuple[int, ...] = (0,)

    def delays(self, task: str) -> tuple[int, ...]:
        return self.echo_delays if task == "echo" else self.adding_lengths


CPU = Toy(echo_delays=(2, 5, 10, 20, 30), adding_lengths=(10, 25, 50, 100), seeds=(0, 1))  # ~10 minutes, 1 thread
TOYS = {
    "small": CPU,  # the same page: nothing here needs more than a CPU
    "cpu": CPU,
    "tiny": Toy((2,), (6,), echo_scored=8, hidden_size=16, steps=40, batch_size=16, test_sequences=100),
}
BUDGETS = {scale: Budget() for scale in TOYS}  # nothing here trains a preset: a toy's sizes are all it needs


def echo_batch(generator: torch.Generator, size: int, delay: int, toy: Toy) -> tuple[torch.Tensor, torch.Tensor]:
    """-> x (B, delay + echo_scored, symbols), one-hot float, and y (B, echo_scored) long, where y[:, t - delay] is
    the target at step t >= delay: the symbol read at t - delay."""
    symbols = torch.randint(toy.symbols, (size, delay + toy.echo_scored), generator=generator)  # (B, L)
    return F.one_hot(symbols, toy.symbols).float(), symbols[:, : toy.echo_scored]


def adding_batch(generator: torch.Generator, size: int, length: int) -> tuple[torch.Tensor, torch.Tensor]:
    """-> x (B, L, 2) of (value, marker) pairs, y (B,) = the sum of the two marked values.
    Deviation: values in [0, 1] and one marker in each half, as later papers pose it (Arjovsky et al. 2016); H&S 1997
    (§5.4) draw values in [-1, 1], put both markers in the first half, and scale the target to 0.5 + (X1 + X2) / 4."""
    values = torch.rand(size, length, generator=generator)
    first = torch.randint(length // 2, (size,), generator=generator)
    second = length // 2 + torch.randint(length - length // 2, (size,), generator=generator)
    markers = torch.zeros(size, length)
    markers[torch.arange(size), first] = markers[torch.arange(size), second] = 1.0
    return torch.stack([values, markers], dim=-1), (values * markers).sum(dim=1)


class Classifier(nn.Module):
    """One recurrent layer of `kind` and a linear read-out of every step: x (B, L, I) -> (B, L, outputs)."""

    def __init__(self, kind: str, task: str, toy: Toy):
        super().__init__()
        width, outputs = (toy.symbols, toy.symbols) if task == "echo" else (2, 1)
        self.kind, self.task = kind, task
        self.rnn = StackedRNN(kind, width, toy.hidden_size)  # the fused path; the GRU in torch's reset_after form
        self.readout = nn.Linear(toy.hidden_size, outputs)
        if kind == "lstm" and toy.forget_bias:
            # Deviation from torch's initialisation: the forget gate starts open, sigma(1) ~ 0.73 rather than 1/2, as
            # Gers et al. 2000 advise and Jozefowicz et al. 2015 found to bring the LSTM level with the GRU.
            cell, H = self.rnn.forward_layers[0].cell, toy.hidden_size
            with torch.no_grad():
                cell.bias_ih[H : 2 * H].fill_(toy.forget_bias)  # gate order (i, f, g, o)
                cell.bias_hh[H : 2 * H].zero_()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.readout(self.rnn(x)[0])

    def loss_and_hits(self, x: torch.Tensor, y: torch.Tensor, delay: int) -> tuple[torch.Tensor, torch.Tensor]:
        """The training loss and a bool per scored prediction: echo at steps t >= delay, adding at the last step."""
        if self.task == "echo":
            logits = self(x)[:, delay:]  # (B, echo_scored, symbols)
            return F.cross_entropy(logits.flatten(0, 1), y.flatten()), logits.argmax(-1) == y
        prediction = self(x)[:, -1, 0]  # (B,)
        return F.mse_loss(prediction, y), (prediction - y).abs() < TOLERANCE


def batch(task: str, generator: torch.Generator, size: int, delay: int, toy: Toy):
    return echo_batch(generator, size, delay, toy) if task == "echo" else adding_batch(generator, size, delay)


def train(kind: str, task: str, delay: int, seed: int, toy: Toy) -> tuple[Classifier, float]:
    """Train one cell with Adam on a fresh batch a step; -> the model and its accuracy on the held-out sequences.
    Every cell of a seed draws the same training batches and every cell the same test set."""
    torch.manual_seed(seed)  # the initialisation
    model = Classifier(kind, task, toy)
    optimiser = torch.optim.Adam(model.parameters(), lr=toy.lr)
    data = torch.Generator().manual_seed(seed)
    for _ in range(toy.steps):
        loss, _ = model.loss_and_hits(*batch(task, data, toy.batch_size, delay, toy), delay)
        optimiser.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), toy.clip)
        optimiser.step()
    with torch.no_grad():
        test = batch(task, torch.Generator().manual_seed(10_000 + delay), toy.test_sequences, delay, toy)
        return model, model.loss_and_hits(*test, delay)[1].float().mean().item()


def gradient_norms(model: Classifier, x: torch.Tensor, y: torch.Tensor) -> list[float]:
    """||dL/dh_t|| for every step t of one adding sequence x (1, L, 2), L = the squared error at the last step.
    The cell is stepped by hand, so that every h_t is a node of the graph (the fused kernel keeps them inside)."""
    layer = model.rnn.forward_layers[0]
    state, hs = layer.initial_state(x), []
    for t in range(x.size(1)):
        state = layer.cell(x[:, t], state)
        hs.append(state[0] if model.kind == "lstm" else state)  # h_t (1, H)
    loss = (model.readout(hs[-1])[0, 0] - y[0]) ** 2
    return [g.norm().item() for g in torch.autograd.grad(loss, hs)]


def plot_accuracy(accuracy: dict, toy: Toy, chance: dict[str, float], path: Path) -> Path:
    fig, axes = plt.subplots(1, 2, figsize=(10, 4.2), layout="constrained")
    for ax, task, label in zip(axes, TASKS, ("echo: delay", "adding problem: sequence length"), strict=True):
        delays = toy.delays(task)
        for kind in CELLS:
            ax.plot(delays, [accuracy[task, kind, d] for d in delays], marker="o", label=kind)
        ax.axhline(chance[task], color="grey", linestyle="--", label="chance")
        ax.set(xscale="log", xlabel=label, ylabel="held-out accuracy", ylim=(0, 1.02))
        ax.set_xticks(delays, [str(d) for d in delays], minor=False)
        ax.minorticks_off()
        ax.grid(alpha=0.3)
    fig.legend(*axes[0].get_legend_handles_labels(), loc="outside lower center", ncol=4)
    fig.suptitle(f"held-out accuracy against delay, hidden size {toy.hidden_size} for every cell")
    return save_figure(fig, path)


def plot_gradients(norms: dict, marked: list[int], path: Path) -> Path:
    fig, axes = plt.subplots(1, 2, figsize=(10, 4.2), sharey=True, layout="constrained")
    length = len(norms[WHEN[0], CELLS[0]])
    for ax, when in zip(axes, WHEN, strict=True):
        for kind in CELLS:
            ax.plot(norms[when, kind], label=kind)
        for k, t in enumerate(marked):
            ax.axvline(t, color="grey", linestyle=":", label="marked steps" if k == 0 else None)
        ax.set(yscale="log", xlabel="step t", title=when)
        ax.grid(alpha=0.3)
    axes[0].set_ylabel("||dL/dh_t||")
    fig.legend(*axes[0].get_legend_handles_labels(), loc="outside lower center", ncol=4)
    fig.suptitle(f"gradient of the squared error at the last step, one adding sequence of length {length}")
    return save_figure(fig, path)


CLAIMS = """## What the papers claim

- **Elman 1990**, *Finding Structure in Time*: the simple recurrent network, whose hidden layer is copied back as a
  context input, learns structure in time. Our vanilla `rnn`.
- **Bengio, Simard & Frasconi 1994**, *Learning Long-Term Dependencies with Gradient Descent is Difficult*: for such a
  network to hold a bit robustly, its Jacobians must shrink, so the gradient from an error at step T to a step t
  vanishes exponentially in T - t; gradient descent then cannot learn dependencies across long delays.
- **Hochreiter & Schmidhuber 1997**, *Long Short-Term Memory*: a memory cell updated additively (the constant error
  carousel) and guarded by multiplicative input and output gates keeps the error flow constant; the LSTM learns the
  adding problem at lengths of 100 and more, where recurrent networks of the time failed. (The forget gate of our
  `lstm` is Gers et al. 2000's.)
- **Cho et al. 2014**: the GRU, a lighter gated unit (reset and update gates, no separate memory cell), whose
  update gate z interpolates between the old state and a candidate, so that h_t ≈ h_{t-1} is easy to learn."""

EQUATIONS = """## The cells (`landmark/nn/rnn.py`)

```
rnn   h_t = tanh(W x_t + U h_{t-1} + b)                                  Elman 1990, tanh as torch.nn.RNN
gru   r = σ(W_r x_t + U_r h_{t-1}),  z = σ(W_z x_t + U_z h_{t-1})         Cho et al. 2014, eqs. (5)-(8)
      h~ = tanh(W x_t + r ⊙ (U h_{t-1}))                                  (torch's reset_after form, see below)
      h_t = z ⊙ h_{t-1} + (1 - z) ⊙ h~
lstm  i, f, o = σ(W_{i,f,o} x_t + U_{i,f,o} h_{t-1}),  g = tanh(W_g x_t + U_g h_{t-1})
      c_t = f ⊙ c_{t-1} + i ⊙ g,  h_t = o ⊙ tanh(c_t)                    H&S 1997 with Gers et al. 2000's f
```
(biases left out). Only the GRU's and LSTM's additive paths — z ⊙ h_{t-1}, f ⊙ c_{t-1} — can pass a state, and its
gradient, through a step unchanged; the vanilla RNN multiplies both by U and tanh' at every step."""


ECHO_READING = """Our reading of the echo task, not a measurement: a dense echo asks at every step for each of the
last `delay` symbols at once, a shift register of delay × log2(symbols) bits in the state, so it tests how much a
state holds as much as how far a gradient reaches; the gates are there for the second."""


def replicate(rep: Replication) -> Path:
    toy, threads, started = TOYS[rep.scale.name], torch.get_num_threads(), time.time()
    torch.set_num_threads(1)  # at every scale, so that the page's wall time is one core's
    try:
        device = device_name(torch.device("cpu"))
        accuracy, records, trained = {}, [], {}
        for task in TASKS:
            for delay in toy.delays(task):
                for kind in CELLS:
                    scores = []
                    for seed in toy.seeds:
                        tic = time.time()
                        trained[task, kind, delay, seed], score = train(kind, task, delay, seed, toy)
                        scores.append(score)
                        rep.log(f"{task} {kind} delay {delay} seed {seed}: accuracy {score:.3f}")
                        fields = dict(task=task, cell=kind, delay=delay, accuracy=score, steps=toy.steps, seed=seed)
                        seconds = round(time.time() - tic, 1)
                        record = result_record(rep.command, device, page=rep.paper, scale=rep.scale.name, **fields)
                        records.append(record | dict(hidden_size=toy.hidden_size, seconds=seconds))
                    accuracy[task, kind, delay] = sum(scores) / len(scores)  # the mean over seeds
        lines = page_lines(rep, toy, accuracy, *gradients(toy, trained), device, time.time() - started)
        rep.write_records(records, same=("scale",))  # this scale's earlier records give way to these
        return page.write_page(rep, lines)
    finally:
        torch.set_num_threads(threads)


def gradients(toy: Toy, trained: dict) -> tuple[dict[tuple[str, str], list[float]], list[int]]:
    """||dL/dh_t|| on one adding sequence of the longest length, each cell at initialisation and trained (first
    seed): (when, cell) -> one norm per step; and the sequence's two marked steps."""
    length, seed = toy.adding_lengths[-1], toy.seeds[0]
    x, y = adding_batch(torch.Generator().manual_seed(20_000), 1, length)
    norms = {}
    for kind in CELLS:
        torch.manual_seed(seed)  # the initialisation that train() started from
        norms[WHEN[0], kind] = gradient_norms(Classifier(kind, "adding", toy), x, y)
        norms[WHEN[1], kind] = gradient_norms(trained["adding", kind, length, seed], x, y)
    return norms, x[0, :, 1].nonzero().flatten().tolist()


def longest_solved(accuracy: dict, task: str, toy: Toy, cells: tuple[str, ...]) -> int | None:
    """The longest delay at which every one of `cells` reaches SOLVED, or None."""
    solved = [d for d in toy.delays(task) if all(accuracy[task, kind, d] >= SOLVED for kind in cells)]
    return solved[-1] if solved else None


def verdict(accuracy: dict, task: str, toy: Toy, unit: str) -> tuple[bool, str]:
    """Whether, at the longest delay where GRU and LSTM both reach SOLVED, the vanilla RNN stays below FAILED."""
    d = longest_solved(accuracy, task, toy, ("gru", "lstm"))
    if d is None:
        return False, f"GRU and LSTM reach {SOLVED:.0%} together at no {unit} tried."
    rnn, held = accuracy[task, "rnn", d], accuracy[task, "rnn", d] < FAILED
    gated = f"GRU {accuracy[task, 'gru', d]:.1%}, LSTM {accuracy[task, 'lstm', d]:.1%}"
    return held, (
        f"at {unit} {d}, the longest where GRU and LSTM both reach {SOLVED:.0%} ({gated}), the vanilla RNN "
        f"{'stays below' if held else 'does not stay below'} {FAILED:.0%}: {rnn:.1%}."
    )


def table(accuracy: dict, task: str, toy: Toy, unit: str) -> list[str]:
    delays = toy.delays(task)
    lines = [f"| cell | {' | '.join(f'{unit} {d}' for d in delays)} |", "|---|" + "---|" * len(delays)]
    lines += [f"| {kind} | {' | '.join(f'{accuracy[task, kind, d]:.1%}' for d in delays)} |" for kind in CELLS]
    return [*lines, ""]


def page_lines(
    rep: Replication, toy: Toy, accuracy: dict, norms: dict, marked: list[int], device: str, seconds: float
) -> list[str]:
    """The figures, drawn, and the page's Markdown lines."""
    targets = adding_batch(torch.Generator().manual_seed(10_000), toy.test_sequences, toy.adding_lengths[0])[1]
    chance = {"echo": 1 / toy.symbols, "adding": ((targets - 1).abs() < TOLERANCE).float().mean().item()}
    length = toy.adding_lengths[-1]
    accuracy_png = plot_accuracy(accuracy, toy, chance, rep.figure("accuracy.png"))
    gradients_png = plot_gradients(norms, marked, rep.figure("gradients.png"))
    count = {
        (kind, task): sum(p.numel() for p in Classifier(kind, task, toy).parameters())
        for kind in CELLS
        for task in TASKS
    }
    echo_held, echo_says = verdict(accuracy, "echo", toy, "delay")
    adding_held, adding_says = verdict(accuracy, "adding", toy, "length")
    reach = {
        task: ", ".join(f"{kind} {longest_solved(accuracy, task, toy, (kind,)) or 'none'}" for kind in CELLS)
        for task in TASKS
    }
    gated_reach, rnn_reach = (
        longest_solved(accuracy, "echo", toy, cells) or 0 for cells in (("gru", "lstm"), ("rnn",))
    )
    echo_rnn_keeps_up = rnn_reach >= gated_reach > 0  # then ECHO_READING says why we think it does
    decay = {key: values[0] / values[-1] for key, values in norms.items()}  # dL/dh_0 against dL/dh_{L-1}
    smoke = (
        f"**Smoke run, not a replication**: hidden size {toy.hidden_size}, {toy.steps} steps a run; it says nothing."
    )
    return [
        *([smoke, ""] if rep.scale.name == "tiny" else []),
        "# Vanilla RNN, GRU and LSTM across growing delays",
        "",
        f"Written by `{rep.command}` on {today()} (commit {git_commit()}, {device}) in {seconds / 60:.1f} "
        "minutes. Every number and figure below comes from that one command; each accuracy is also a record in "
        f"[{rep.records_path.name}]({page.link(rep, rep.records_path)}).",
        "",
        CLAIMS,
        "",
        EQUATIONS,
        "",
        "## What we measured",
        "",
        f"Each cell is one recurrent layer of hidden size {toy.hidden_size} and a linear read-out, trained alone on "
        "each task and delay. **Echo** (the delayed copy of NYU's deep-learning course): a stream of random symbols "
        f"out of {toy.symbols}, one-hot; at every step t the target is the symbol read at t - delay, scored at the "
        f"{toy.echo_scored} steps t >= delay of each sequence (chance {chance['echo']:.0%}). **Adding problem** (H&S "
        "1997, §5.4): a sequence of (value in [0, 1], marker) pairs with one marker in each half; at the last step "
        f"the target is the sum of the two marked values. A prediction counts as correct within {TOLERANCE} of the "
        "target, H&S's criterion, which is stricter here, on the plain sum, than on their target (a quarter of "
        f"it). Always predicting 1 is correct on {chance['adding']:.1%} of the test sequences.",
        "",
        "| cell | parameters, echo | parameters, adding |",
        "|---|---|---|",
        *[f"| {kind} | {count[kind, 'echo']:,} | {count[kind, 'adding']:,} |" for kind in CELLS],
        "",
        f"Held-out accuracy on {toy.test_sequences} test sequences, the mean over {len(toy.seeds)} seed(s). Echo:",
        "",
        *table(accuracy, "echo", toy, "delay"),
        "Adding problem:",
        "",
        *table(accuracy, "adding", toy, "length"),
        f"![accuracy against delay]({page.link(rep, accuracy_png)})",
        "",
        f"![gradient norms against step]({page.link(rep, gradients_png)})",
        "",
        f"The gradient of one adding sequence's squared error at its last step (length {length}) with respect to "
        f"each hidden state h_t, with the first seed's weights; its marked steps are t = {marked[0]} and "
        f"{marked[1]}. The gradient reaching step 0, as a share of that at "
        "the last step — "
        + "; ".join(f"{when}: " + ", ".join(f"{kind} {decay[when, kind]:.0e}" for kind in CELLS) for when in WHEN)
        + f". At initialisation the GRU's update gate is near σ(0) = 1/2 and the LSTM's forget gate near "
        f"σ({toy.forget_bias:g}) = {torch.sigmoid(torch.tensor(toy.forget_bias)).item():.2f}, so that their states "
        "fade at every step too; what the gates add is that training can hold them open (right panel).",
        "",
        "## What reproduced",
        "",
        f"Reproduced on a task if, at the longest delay where GRU and LSTM both reach {SOLVED:.0%}, the vanilla RNN "
        f"stays below {FAILED:.0%}. Echo: {echo_says} Adding problem: {adding_says} "
        + page.verdict(echo_held and adding_held, echo_held or adding_held),
        "",
        f"The longest delay each cell solves ({SOLVED:.0%} or more) — echo: {reach['echo']}; adding problem: "
        f"{reach['adding']}.",
        "",
        *([ECHO_READING, ""] if echo_rnn_keeps_up else []),
        "## Setup",
        "",
        f"{toy.steps} Adam steps (lr {toy.lr}, batches of {toy.batch_size} fresh sequences, gradient norm clipped "
        f"at {toy.clip}) per cell, task, delay and seed; seeds {', '.join(map(str, toy.seeds))}. torch's default "
        f"initialisation U(-1/√H, 1/√H) for every cell, but for the LSTM's forget-gate bias, {toy.forget_bias:g} "
        "(Deviation, as Gers et al. 2000 advise and Jozefowicz et al. 2015 recommend). Cross-entropy on echo, "
        "squared error on adding. Every cell of a seed sees the same training batches, and every cell the same test "
        f"sequences. {seconds / 60:.1f} minutes of wall time in all, on one thread ({device}). Training runs the "
        "layers' fused path (`RNNLayer.forward_fused`), whose GRU is torch's and cuDNN's form, h~ = tanh(W x + r ⊙ "
        "(U h)) (Deviation: Cho et al. apply r before U); the gradient figure steps the same cells by hand "
        "(`RNNLayer.cell`), the same functions of the same weights.",
        "",
    ]
