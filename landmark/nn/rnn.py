"""Recurrent cells and layers, written from their equations.

Shapes: B batch, L sequence length, I input width, H hidden width. Masks are boolean, True = a real token, and
padding sits only at the end of a row. A state is h (B, H) for a vanilla RNN or a GRU and the pair (h, c) for an LSTM.

The cells name, shape and order their parameters exactly as torch.nn.RNN / GRU / LSTM do, so weights copy
one-to-one between the two, and a layer's fast path can hand the cell's own parameters, uncopied, to PyTorch's
fused RNN kernel (cuDNN on GPU): training through either path trains the same weights.
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import nn
from torch.nn.utils.rnn import PackedSequence, pack_padded_sequence, pad_packed_sequence

from landmark.nn.dropout import Dropout

State = torch.Tensor | tuple[torch.Tensor, torch.Tensor]  # h (B, H) for an RNN or a GRU, (h, c) for an LSTM


class RecurrentCell(nn.Module):
    """What every cell shares: `gates` input and recurrent weight blocks in torch.nn.RNN / GRU / LSTM's layout
    (weight_ih (gates*H, I), weight_hh (gates*H, H), bias_ih and bias_hh (gates*H)), and their initialisation.
    The vanilla RNN has one block (gates=1), the GRU three, the LSTM four."""

    def __init__(self, input_size: int, hidden_size: int, gates: int):
        super().__init__()
        self.input_size, self.hidden_size = input_size, hidden_size
        self.weight_ih = nn.Parameter(torch.empty(gates * hidden_size, input_size))
        self.weight_hh = nn.Parameter(torch.empty(gates * hidden_size, hidden_size))
        self.bias_ih = nn.Parameter(torch.empty(gates * hidden_size))
        self.bias_hh = nn.Parameter(torch.empty(gates * hidden_size))
        self.reset_parameters()

    def reset_parameters(self) -> None:
        # torch's default, U(-1/sqrt(H), 1/sqrt(H)); a model file re-initialises as its paper says.
        bound = 1 / math.sqrt(self.hidden_size)
        for parameter in self.parameters():
            nn.init.uniform_(parameter, -bound, bound)

    def project_input(self, x: torch.Tensor) -> torch.Tensor:
        """x (..., I) -> (..., gates*H): the input's term of every gate, biases included. It depends on x alone,
        so a layer computes it for every step of a sequence in one matrix product before the loop."""
        return F.linear(x, self.weight_ih, self.bias_ih)


class RNNCell(RecurrentCell):
    """Simple recurrent network (Elman 1990, "Finding Structure in Time"): the hidden state is fed back as context.

        h' = tanh(W x + b_W + U h + b_U)

    Deviation: tanh rather than Elman's logistic sigmoid, as torch.nn.RNN (nonlinearity='tanh') and cuDNN compute;
    and two biases, b_W and b_U, where one would do: torch's layout, so that weights copy one-to-one.

    Parameters as torch.nn.RNN: weight_ih (H, I) = W, weight_hh (H, H) = U, bias_ih and bias_hh (H).
    """

    def __init__(self, input_size: int, hidden_size: int):
        super().__init__(input_size, hidden_size, gates=1)

    def recur(self, x_projected: torch.Tensor, h: torch.Tensor) -> torch.Tensor:
        """One step from x_projected = project_input(x) (B, H) and h (B, H) -> h' (B, H)."""
        return torch.tanh(x_projected + F.linear(h, self.weight_hh, self.bias_hh))

    def forward(self, x: torch.Tensor, h: torch.Tensor) -> torch.Tensor:
        """x (B, I), h (B, H) -> h' (B, H)."""
        return self.recur(self.project_input(x), h)


class GRUCell(RecurrentCell):
    """Gated recurrent unit (Cho et al. 2014, §2.3):

        r = sigma(W_r x + U_r h)                eq. (5), reset gate
        z = sigma(W_z x + U_z h)                eq. (6), update gate
        h' = z * h + (1 - z) * h~               eq. (7)
        h~ = tanh(W x + U (r * h))              eq. (8)

    reset_after=False is that form: r scales h before U. reset_after=True is the form of cuDNN and torch.nn.GRU,
    h~ = tanh(W x + b + r * (U h + b_U)): r scales U h afterwards, so U h of all three gates is one product. The
    two are different functions of the same parameters, and only the second has a fused kernel.
    Deviation: biases, absent from the paper's equations, are kept as torch lays them out (bias_ih and bias_hh).

    Parameters: weight_ih (3H, I) = [W_r; W_z; W], weight_hh (3H, H) = [U_r; U_z; U], bias_ih and bias_hh (3H);
    gate order (r, z, n) as torch.nn.GRU, whose n is the candidate h~.
    """

    def __init__(self, input_size: int, hidden_size: int, reset_after: bool = False):
        super().__init__(input_size, hidden_size, gates=3)
        self.reset_after = reset_after

    def recur(self, x_projected: torch.Tensor, h: torch.Tensor) -> torch.Tensor:
        """One step from x_projected = project_input(x) (B, 3H) and h (B, H) -> h' (B, H)."""
        x_r, x_z, x_n = x_projected.chunk(3, dim=-1)
        H = self.hidden_size
        if self.reset_after:
            h_r, h_z, h_n = F.linear(h, self.weight_hh, self.bias_hh).chunk(3, dim=-1)  # U_r h, U_z h, U h
            r = torch.sigmoid(x_r + h_r)  # eq. (5)
            z = torch.sigmoid(x_z + h_z)  # eq. (6)
            candidate = torch.tanh(x_n + r * h_n)  # eq. (8), cuDNN form: tanh(W x + r * (U h))
        else:
            h_r, h_z = F.linear(h, self.weight_hh[: 2 * H], self.bias_hh[: 2 * H]).chunk(2, dim=-1)
            r = torch.sigmoid(x_r + h_r)  # eq. (5)
            z = torch.sigmoid(x_z + h_z)  # eq. (6)
            candidate = torch.tanh(x_n + F.linear(r * h, self.weight_hh[2 * H :], self.bias_hh[2 * H :]))  # eq. (8)
        return z * h + (1 - z) * candidate  # eq. (7)

    def forward(self, x: torch.Tensor, h: torch.Tensor) -> torch.Tensor:
        """x (B, I), h (B, H) -> h' (B, H)."""
        return self.recur(self.project_input(x), h)


class LSTMCell(RecurrentCell):
    """Long short-term memory (Hochreiter & Schmidhuber 1997) with a forget gate (Gers et al. 2000):

        i = sigma(W_i x + U_i h + b_i)          input gate
        f = sigma(W_f x + U_f h + b_f)          forget gate
        g = tanh(W_g x + U_g h + b_g)           candidate cell
        o = sigma(W_o x + U_o h + b_o)          output gate
        c' = f * c + i * g
        h' = o * tanh(c')

    Deviation: no peephole connections. Sutskever et al. 2014 cite Graves 2013, whose LSTM has them; Luong et al.
    2015 use this form (Zaremba et al. 2014), as do torch and cuDNN.

    Parameters as torch.nn.LSTM: weight_ih (4H, I), weight_hh (4H, H), bias_ih and bias_hh (4H);
    gate order (i, f, g, o).
    """

    def __init__(self, input_size: int, hidden_size: int):
        super().__init__(input_size, hidden_size, gates=4)

    def recur(
        self, x_projected: torch.Tensor, state: tuple[torch.Tensor, torch.Tensor]
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """One step from x_projected = project_input(x) (B, 4H) and (h, c), each (B, H) -> (h', c')."""
        h, c = state
        gates = x_projected + F.linear(h, self.weight_hh, self.bias_hh)  # (B, 4H)
        i, f, g, o = gates.chunk(4, dim=-1)
        i, f, g, o = torch.sigmoid(i), torch.sigmoid(f), torch.tanh(g), torch.sigmoid(o)
        c = f * c + i * g
        h = o * torch.tanh(c)
        return h, c

    def forward(self, x: torch.Tensor, state: tuple[torch.Tensor, torch.Tensor]) -> tuple[torch.Tensor, torch.Tensor]:
        """x (B, I), state (h, c) each (B, H) -> (h', c')."""
        return self.recur(self.project_input(x), state)


# kind -> the fused kernel that torch.nn.RNN (nonlinearity='tanh') / GRU / LSTM call; all three take the same arguments.
KERNELS = {"rnn": torch._VF.rnn_tanh, "gru": torch._VF.gru, "lstm": torch._VF.lstm}


def keep_where(keep: torch.Tensor, new: State, old: State) -> State:
    """new where keep (B, 1) is True, else old; for a tensor or an (h, c) pair."""
    if isinstance(new, tuple):
        return tuple(torch.where(keep, n, o) for n, o in zip(new, old, strict=True))
    return torch.where(keep, new, old)


def reverse_within_lengths(lengths: torch.Tensor, max_length: int) -> torch.Tensor:
    """lengths (B,) -> index (B, L) that reverses each row's first lengths[b] positions and leaves its padding in
    place. The permutation is its own inverse."""
    t = torch.arange(max_length, device=lengths.device)  # (L,)
    return torch.where(t < lengths[:, None], lengths[:, None] - 1 - t, t)  # (B, L)


class RNNLayer(nn.Module):
    """One recurrent layer over a whole sequence, in one direction.

    A forward layer reads positions 0 .. L-1; a reverse layer reads each row from its last real token back to
    position 0, as the backward RNN of a bidirectional encoder does (Bahdanau et al. 2015, §3.2).

    kind is "rnn" (Elman's), "gru" or "lstm".

    Two paths compute the same thing. The readable path is a Python loop over time that steps the cell. The fast
    path hands the whole sequence and the cell's own parameters to PyTorch's RNN kernel (cuDNN on GPU). It runs
    when `fast` is True and the maths is identical: always for a vanilla RNN (torch's tanh RNN) and an LSTM, for a
    GRU only with reset_after=True, since the kernel computes that form. The paper's GRU (reset_after=False) always
    takes the loop.
    """

    def __init__(
        self, kind: str, input_size: int, hidden_size: int, *, reverse: bool = False, reset_after: bool = True
    ):
        super().__init__()
        if kind == "rnn":
            self.cell = RNNCell(input_size, hidden_size)
        elif kind == "gru":
            self.cell = GRUCell(input_size, hidden_size, reset_after=reset_after)
        elif kind == "lstm":
            self.cell = LSTMCell(input_size, hidden_size)
        else:
            raise ValueError(f"RNN kind must be one of {', '.join(map(repr, KERNELS))}, got {kind!r}")
        self.kind = kind
        self.hidden_size = hidden_size
        self.reverse = reverse
        self.fast = True  # False forces the readable loop (tests, teaching)

    @property
    def uses_fast_path(self) -> bool:
        return self.fast and (self.kind != "gru" or self.cell.reset_after)

    def initial_state(self, x: torch.Tensor) -> State:
        h = x.new_zeros(x.size(0), self.hidden_size)
        return (h, h) if self.kind == "lstm" else h

    def forward(
        self, x: torch.Tensor, mask: torch.Tensor | None = None, initial: State | None = None
    ) -> tuple[torch.Tensor, State]:
        """x (B, L, I); mask (B, L) bool, True = real token, or None when no row is padded (a decoding step);
        initial state, zeros if None. Returns the outputs h_t (B, L, H), zero at padded steps, and each row's final
        state: after its last real token (forward) or after position 0 (reverse). Padded steps never change a state.
        """
        state = self.initial_state(x) if initial is None else initial
        if self.uses_fast_path:
            return self.forward_fused(x, mask, state)
        return self.forward_loop(x, mask, state)

    def forward_loop(self, x: torch.Tensor, mask: torch.Tensor | None, state: State) -> tuple[torch.Tensor, State]:
        """The readable path: the cell stepped once per position."""
        L = x.size(1)
        x_projected = self.cell.project_input(x)  # (B, L, gates*H): the input half of every gate, in one product
        outputs = [None] * L
        for t in reversed(range(L)) if self.reverse else range(L):
            new_state = self.cell.recur(x_projected[:, t], state)
            h = new_state[0] if self.kind == "lstm" else new_state  # (B, H)
            if mask is not None:
                keep = mask[:, t, None]  # (B, 1)
                new_state = keep_where(keep, new_state, state)  # padding leaves the state as it was
                h = h.masked_fill(~keep, 0.0)
            outputs[t] = h
            state = new_state
        return torch.stack(outputs, dim=1), state  # (B, L, H)

    def forward_fused(self, x: torch.Tensor, mask: torch.Tensor | None, state: State) -> tuple[torch.Tensor, State]:
        """The fast path: one call to the RNN kernel that torch.nn.RNN / GRU / LSTM call, on this cell's parameters."""
        cell = self.cell
        weights = [cell.weight_ih, cell.weight_hh, cell.bias_ih, cell.bias_hh]
        kernel = KERNELS[self.kind]
        hx = (state[0][None], state[1][None]) if self.kind == "lstm" else state[None]  # (layers x directions = 1, B, H)
        # The kernel's `train` flag only keeps what backward needs (dropout is 0 here); cuDNN refuses a backward
        # without it, so it follows autograd rather than self.training.
        train = torch.is_grad_enabled()

        if mask is None:  # no padding: no packing, and no device-to-host copy of the lengths
            if self.reverse:
                x = x.flip(1)
            outputs, *final = kernel(x, hx, weights, True, 1, 0.0, train, False, True)
            return (outputs.flip(1) if self.reverse else outputs), self.unstack_final(final)

        L = x.size(1)
        lengths = mask.sum(dim=1)  # (B,)
        if self.reverse:  # read each row's real tokens backwards, padding still at the end
            order = reverse_within_lengths(lengths, L)[..., None]  # (B, L, 1)
            x = x.gather(1, order.expand_as(x))
        # Packing lets the kernel stop each row at its length. It sorts rows by length, and needs at least one step
        # per row: an empty row is run for one step here and restored to its initial state below.
        lengths_on_cpu = lengths.cpu()
        packed = pack_padded_sequence(x, lengths_on_cpu.clamp(min=1), batch_first=True, enforce_sorted=False)
        if self.kind == "lstm":
            hx = tuple(part.index_select(1, packed.sorted_indices) for part in hx)
        else:
            hx = hx.index_select(1, packed.sorted_indices)
        data, *final = kernel(packed.data, packed.batch_sizes, hx, weights, True, 1, 0.0, train, False)
        packed = PackedSequence(data, packed.batch_sizes, packed.sorted_indices, packed.unsorted_indices)
        outputs, _ = pad_packed_sequence(packed, batch_first=True, total_length=L)  # (B, L, H), rows in input order
        final = [part.index_select(1, packed.unsorted_indices) for part in final]
        final = self.unstack_final(final)
        if self.reverse:
            outputs = outputs.gather(1, order.expand_as(outputs))
        if (lengths_on_cpu == 0).any():
            outputs = outputs.masked_fill(~mask[..., None], 0.0)
            final = keep_where((lengths > 0)[:, None], final, state)
        return outputs, final

    def unstack_final(self, final: list[torch.Tensor]) -> State:
        """The kernel's [h_n] or [h_n, c_n], each (1, B, H) -> h (B, H) or (h, c)."""
        return (final[0][0], final[1][0]) if self.kind == "lstm" else final[0][0]


class StackedRNN(nn.Module):
    """num_layers recurrent layers, each reading the outputs of the one below.

    bidirectional: every layer has a forward and a reverse RNN; their outputs are concatenated, as Bahdanau et
    al.'s annotations h_j = [fwd_h_j ; bwd_h_j] (§3.2), so outputs are (B, L, 2H). For GNMT's encoder, whose
    bottom layer alone is bidirectional, stack a one-layer bidirectional StackedRNN under a unidirectional one.
    reverse: every layer reads each row backwards (from its last real token to position 0).
    dropout: applied to the input of every layer but the first (between layers, as torch.nn.LSTM does).
    residual: from layer `residual_from` on, a layer's input is added to its output (GNMT §3.1). Layers count from
    0, so the default 2 is the third layer, where GNMT starts its residual connections.
    """

    def __init__(
        self,
        kind: str,
        input_size: int,
        hidden_size: int,
        num_layers: int = 1,
        *,
        bidirectional: bool = False,
        dropout: float = 0.0,
        residual: bool = False,
        residual_from: int = 2,
        reset_after: bool = True,
        reverse: bool = False,
    ):
        super().__init__()
        if bidirectional and reverse:
            raise ValueError("StackedRNN: bidirectional=True already reads both ways; leave reverse=False")
        output_size = 2 * hidden_size if bidirectional else hidden_size
        if residual and residual_from == 0 and input_size != output_size:
            raise ValueError(
                f"StackedRNN: a residual connection at layer 0 adds the input (width {input_size}) to an output of "
                f"width {output_size}; set residual_from >= 1 or input_size = {output_size}"
            )
        self.kind = kind
        self.bidirectional = bidirectional
        self.residual = residual
        self.residual_from = residual_from
        self.dropout = Dropout(dropout)

        def layer(width: int, backwards: bool) -> RNNLayer:
            return RNNLayer(kind, width, hidden_size, reverse=backwards, reset_after=reset_after)

        widths = [input_size] + [output_size] * (num_layers - 1)
        self.forward_layers = nn.ModuleList(layer(width, reverse) for width in widths)
        self.backward_layers = nn.ModuleList(layer(width, True) for width in widths) if bidirectional else None

    @property
    def fast(self) -> bool:
        return all(layer.fast for layer in self.modules() if isinstance(layer, RNNLayer))

    @fast.setter
    def fast(self, value: bool) -> None:
        for layer in self.modules():
            if isinstance(layer, RNNLayer):
                layer.fast = value

    def forward(
        self, x: torch.Tensor, mask: torch.Tensor | None = None, initial: list | None = None
    ) -> tuple[torch.Tensor, list]:
        """x (B, L, I), mask (B, L) True = real token (or None: no padding); initial: None, or one state per layer
        (None for zeros), a (forward, backward) pair of states for a bidirectional layer.

        Returns outputs (B, L, H), or (B, L, 2H) = [forward ; backward] when bidirectional, zero at padded steps; and
        the final state of each layer, bottom first: a state (h, or (h, c)) per layer, or for a bidirectional layer
        the pair (forward_final, backward_final) — forward after each row's last real token, backward after
        position 0.
        """
        initial = initial if initial is not None else [None] * len(self.forward_layers)
        finals = []
        for index, forward_layer in enumerate(self.forward_layers):
            layer_input = x if index == 0 else self.dropout(x)
            if self.bidirectional:
                forward_initial, backward_initial = initial[index] if initial[index] is not None else (None, None)
                forward_out, forward_final = forward_layer(layer_input, mask, forward_initial)
                backward_out, backward_final = self.backward_layers[index](layer_input, mask, backward_initial)
                out = torch.cat([forward_out, backward_out], dim=-1)  # (B, L, 2H): h_j = [fwd_h_j ; bwd_h_j]
                finals.append((forward_final, backward_final))
            else:
                out, final = forward_layer(layer_input, mask, initial[index])
                finals.append(final)
            if self.residual and index >= self.residual_from:
                # GNMT §3.1, eq. (6): x^i_t = m^i_t + x^{i-1}_t, the input taken before dropout; padding stays zero.
                out = out + x if mask is None else out + x.masked_fill(~mask[..., None], 0.0)
            x = out
        return x, finals
