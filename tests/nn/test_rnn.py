import pytest
import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

from landmark.nn.rnn import GRUCell, LSTMCell, RNNCell, RNNLayer, StackedRNN

TOLERANCE = dict(atol=1e-5, rtol=1e-5)
LENGTHS = [6, 4, 1, 3]  # row lengths of the padded test batch; padding at the end of each row


def padded_batch(input_size=5, lengths=LENGTHS, seed=0):
    """x (B, L, I) with junk at padded positions (they must never matter), mask (B, L) True = real token."""
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(len(lengths), max(lengths), input_size, generator=g)
    mask = torch.arange(max(lengths))[None, :] < torch.tensor(lengths)[:, None]
    return x, mask


def random_state(kind, batch_size, hidden_size, seed=1):
    g = torch.Generator().manual_seed(seed)
    h = torch.randn(batch_size, hidden_size, generator=g)
    return h if kind == "gru" else (h, torch.randn(batch_size, hidden_size, generator=g))


def as_tuple(state):
    return state if isinstance(state, tuple) else (state,)


def torch_rnn_like(layer: RNNLayer) -> torch.nn.RNNBase:
    """A bidirectional torch.nn.GRU / nn.LSTM whose direction matching `layer` carries a copy of its weights."""
    module = torch.nn.GRU if layer.kind == "gru" else torch.nn.LSTM
    reference = module(layer.cell.input_size, layer.hidden_size, batch_first=True, bidirectional=True)
    suffix = "_reverse" if layer.reverse else ""
    with torch.no_grad():
        for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
            getattr(reference, f"{name}_l0{suffix}").copy_(getattr(layer.cell, name))
    return reference


def run_torch_rnn(layer, x, mask, initial):
    """torch's answer for `layer`: outputs (B, L, H) and the final state of the matching direction."""
    reference = torch_rnn_like(layer)
    direction = 1 if layer.reverse else 0
    H = layer.hidden_size

    def both_directions(part):  # (B, H) -> (2, B, H), the other direction starting from zeros
        zeros = torch.zeros_like(part)
        return torch.stack([zeros, part] if layer.reverse else [part, zeros])

    hx = both_directions(initial) if layer.kind == "gru" else tuple(both_directions(part) for part in initial)
    packed = pack_padded_sequence(x, mask.sum(1), batch_first=True, enforce_sorted=False)
    packed_out, final = reference(packed, hx)
    outputs, _ = pad_packed_sequence(packed_out, batch_first=True, total_length=x.size(1))
    outputs = outputs[..., direction * H : (direction + 1) * H]
    final = final[direction] if layer.kind == "gru" else (final[0][direction], final[1][direction])
    return outputs, final, reference


def loss_of(outputs, final, seed=2):
    """A scalar that depends on every output and every part of the final state, with random weights."""
    g = torch.Generator().manual_seed(seed)
    loss = (outputs * torch.randn(outputs.shape, generator=g)).sum()
    for part in as_tuple(final):
        loss = loss + (part * torch.randn(part.shape, generator=g)).sum()
    return loss


# --- cells ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["gru", "lstm"])
def test_cell_equals_torch_cell_with_copied_weights_in_outputs_and_gradients(kind):
    torch.manual_seed(0)
    ours = GRUCell(5, 7, reset_after=True) if kind == "gru" else LSTMCell(5, 7)
    theirs = torch.nn.GRUCell(5, 7) if kind == "gru" else torch.nn.LSTMCell(5, 7)
    theirs.load_state_dict(ours.state_dict())  # same names, shapes and gate order
    x = torch.randn(3, 5, requires_grad=True)
    state = tuple(part.requires_grad_() for part in as_tuple(random_state(kind, 3, 7)))
    state = state[0] if kind == "gru" else state

    ours_out, theirs_out = ours(x, state), theirs(x, state)
    for a, b in zip(as_tuple(ours_out), as_tuple(theirs_out), strict=True):
        torch.testing.assert_close(a, b, **TOLERANCE)

    inputs = [x, *as_tuple(state)]
    ours_grads = torch.autograd.grad(loss_of(as_tuple(ours_out)[0], ours_out), inputs + list(ours.parameters()))
    theirs_grads = torch.autograd.grad(loss_of(as_tuple(theirs_out)[0], theirs_out), inputs + list(theirs.parameters()))
    for a, b in zip(ours_grads, theirs_grads, strict=True):
        torch.testing.assert_close(a, b, **TOLERANCE)


def cho_gru_step(cell: GRUCell, x, h):
    """Cho et al. 2014, eqs. (5)-(8), transcribed with each gate's matrices cut out of torch's layout."""
    W_r, W_z, W = cell.weight_ih.chunk(3)
    U_r, U_z, U = cell.weight_hh.chunk(3)
    b_r, b_z, b = cell.bias_ih.chunk(3)
    c_r, c_z, c = cell.bias_hh.chunk(3)
    r = torch.sigmoid(x @ W_r.T + b_r + h @ U_r.T + c_r)  # (5)
    z = torch.sigmoid(x @ W_z.T + b_z + h @ U_z.T + c_z)  # (6)
    h_tilde = torch.tanh(x @ W.T + b + (r * h) @ U.T + c)  # (8)
    return z * h + (1 - z) * h_tilde  # (7)


def test_paper_gru_equals_cho_equations_and_differs_from_torch_form():
    torch.manual_seed(0)
    paper = GRUCell(5, 7, reset_after=False)
    x, h = torch.randn(3, 5), torch.randn(3, 7)
    torch.testing.assert_close(paper(x, h), cho_gru_step(paper, x, h), **TOLERANCE)

    torch_form = GRUCell(5, 7, reset_after=True)
    torch_form.load_state_dict(paper.state_dict())
    assert (paper(x, h) - torch_form(x, h)).abs().max() > 1e-3  # the flag changes the function


# --- one layer over a sequence -------------------------------------------------------------------------------


@pytest.mark.parametrize("reverse", [False, True], ids=["forward", "reverse"])
@pytest.mark.parametrize("kind", ["gru", "lstm"])
def test_layer_readable_and_fast_paths_equal_torch_rnn_on_padded_batch(kind, reverse):
    torch.manual_seed(0)
    layer = RNNLayer(kind, 5, 7, reverse=reverse)
    x, mask = padded_batch()
    initial = random_state(kind, len(LENGTHS), 7)

    results = {}
    for path in ("readable", "fast", "torch"):
        x_path = x.clone().requires_grad_()
        if path == "torch":
            outputs, final, reference = run_torch_rnn(layer, x_path, mask, initial)
            direction = "_reverse" if reverse else ""
            weights = [
                getattr(reference, f"{n}_l0{direction}") for n in ("weight_ih", "weight_hh", "bias_ih", "bias_hh")
            ]
        else:
            layer.fast = path == "fast"
            outputs, final = layer(x_path, mask, initial)
            weights = list(layer.cell.parameters())
        grads = torch.autograd.grad(loss_of(outputs * mask[..., None], final), [x_path, *weights])
        results[path] = (outputs, as_tuple(final), grads)

    readable_out, readable_final, readable_grads = results["readable"]
    assert readable_out[~mask].abs().max() == 0  # zeros at padded steps
    for path in ("fast", "torch"):
        outputs, final, grads = results[path]
        torch.testing.assert_close(outputs[mask], readable_out[mask], **TOLERANCE)
        for a, b in zip(final, readable_final, strict=True):
            torch.testing.assert_close(a, b, **TOLERANCE)
        for a, b in zip(grads, readable_grads, strict=True):
            torch.testing.assert_close(a, b, **TOLERANCE)
    assert results["fast"][0][~mask].abs().max() == 0


@pytest.mark.parametrize("fast", [False, True], ids=["readable", "fast"])
@pytest.mark.parametrize("reverse", [False, True], ids=["forward", "reverse"])
@pytest.mark.parametrize("kind", ["gru", "lstm"])
def test_row_gives_same_outputs_and_state_alone_as_in_padded_batch(kind, reverse, fast):
    torch.manual_seed(0)
    layer = RNNLayer(kind, 5, 7, reverse=reverse)
    layer.fast = fast
    x, mask = padded_batch()
    batch_out, batch_final = layer(x, mask)
    for row, length in enumerate(LENGTHS):
        alone_out, alone_final = layer(x[row : row + 1, :length], mask[row : row + 1, :length])
        torch.testing.assert_close(alone_out[0], batch_out[row, :length], **TOLERANCE)
        for a, b in zip(as_tuple(alone_final), as_tuple(batch_final), strict=True):
            torch.testing.assert_close(a[0], b[row], **TOLERANCE)


@pytest.mark.parametrize("fast", [False, True], ids=["readable", "fast"])
@pytest.mark.parametrize("kind", ["gru", "lstm"])
def test_empty_row_keeps_its_initial_state_and_outputs_zeros(kind, fast):
    torch.manual_seed(0)
    layer = RNNLayer(kind, 5, 7, reverse=True)
    layer.fast = fast
    x, mask = padded_batch(lengths=[3, 0, 2])
    initial = random_state(kind, 3, 7)
    outputs, final = layer(x, mask, initial)
    assert outputs[1].abs().max() == 0
    for a, b in zip(as_tuple(final), as_tuple(initial), strict=True):
        torch.testing.assert_close(a[1], b[1])


@pytest.mark.parametrize("fast", [False, True], ids=["readable", "fast"])
@pytest.mark.parametrize("reverse", [False, True], ids=["forward", "reverse"])
def test_no_mask_means_every_position_is_real(reverse, fast):
    torch.manual_seed(0)
    layer = RNNLayer("lstm", 5, 7, reverse=reverse)
    layer.fast = fast
    x, _ = padded_batch(lengths=[4, 4])
    with_mask = layer(x, torch.ones(2, 4, dtype=torch.bool))
    without = layer(x)
    torch.testing.assert_close(without[0], with_mask[0])
    torch.testing.assert_close(without[1], with_mask[1])


def test_fast_path_is_off_for_paper_gru_so_it_never_computes_the_torch_form():
    torch.manual_seed(0)
    layer = RNNLayer("gru", 5, 7, reset_after=False)
    assert layer.fast and not layer.uses_fast_path
    assert RNNLayer("gru", 5, 7, reset_after=True).uses_fast_path and RNNLayer("lstm", 5, 7).uses_fast_path

    x, mask = padded_batch()
    outputs, final = layer(x, mask)
    h = torch.zeros(len(LENGTHS), 7)
    for t in range(x.size(1)):  # Cho's equations stepped by hand
        h = torch.where(mask[:, t, None], cho_gru_step(layer.cell, x[:, t], h), h)
        torch.testing.assert_close(outputs[:, t], h * mask[:, t, None], **TOLERANCE)
    torch.testing.assert_close(final, h, **TOLERANCE)

    torch_outputs, _, _ = run_torch_rnn(layer, x, mask, torch.zeros(len(LENGTHS), 7))
    assert (torch_outputs - outputs)[mask].abs().max() > 1e-3


def test_fast_path_trains_the_cells_own_parameters():
    layer = RNNLayer("gru", 5, 7)
    assert [name for name, _ in layer.named_parameters()] == [
        "cell.weight_ih",
        "cell.weight_hh",
        "cell.bias_ih",
        "cell.bias_hh",
    ]
    x, mask = padded_batch()
    outputs, _ = layer(x, mask)
    outputs.sum().backward()
    assert all(parameter.grad is not None and parameter.grad.abs().sum() > 0 for parameter in layer.parameters())


# --- stacks --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fast", [False, True], ids=["readable", "fast"])
@pytest.mark.parametrize("kind", ["gru", "lstm"])
def test_bidirectional_stack_concatenates_forward_and_a_reverse_layer_run_alone(kind, fast):
    torch.manual_seed(0)
    stack = StackedRNN(kind, 5, 7, num_layers=1, bidirectional=True)
    stack.fast = fast
    x, mask = padded_batch()
    outputs, finals = stack(x, mask)
    assert outputs.shape == (len(LENGTHS), max(LENGTHS), 14)

    backward_alone = RNNLayer(kind, 5, 7, reverse=True)
    backward_alone.load_state_dict(stack.backward_layers[0].state_dict())
    backward_out, backward_final = backward_alone(x, mask)
    forward_out, forward_final = stack.forward_layers[0](x, mask)
    torch.testing.assert_close(outputs[..., 7:], backward_out)
    torch.testing.assert_close(outputs[..., :7], forward_out)
    # Position 0's backward annotation has read the whole row, so it is the backward final state.
    h_backward = backward_final if kind == "gru" else backward_final[0]
    torch.testing.assert_close(outputs[:, 0, 7:], h_backward)
    forward_stack_final, backward_stack_final = finals[0]
    for a, b in zip(as_tuple(backward_stack_final), as_tuple(backward_final), strict=True):
        torch.testing.assert_close(a, b)
    for a, b in zip(as_tuple(forward_stack_final), as_tuple(forward_final), strict=True):
        torch.testing.assert_close(a, b)


def test_deep_bidirectional_stack_reads_the_concatenation_below():
    stack = StackedRNN("gru", 5, 7, num_layers=3, bidirectional=True)
    x, mask = padded_batch()
    outputs, finals = stack(x, mask)
    assert outputs.shape == (len(LENGTHS), max(LENGTHS), 14)
    assert stack.forward_layers[1].cell.input_size == 14
    assert len(finals) == 3 and all(len(pair) == 2 for pair in finals)


@pytest.mark.parametrize("kind", ["gru", "lstm"])
def test_residual_stack_adds_each_layers_input_from_residual_from_on(kind):
    torch.manual_seed(0)
    stack = StackedRNN(kind, 7, 7, num_layers=3, residual=True, residual_from=1)
    x, mask = padded_batch(input_size=7)
    outputs, _ = stack(x, mask)

    layers = stack.forward_layers
    out0, _ = layers[0](x, mask)  # below residual_from: no residual
    out1 = layers[1](out0, mask)[0] + out0
    out2 = layers[2](out1, mask)[0] + out1
    torch.testing.assert_close(outputs, out2)

    # A layer whose weights are all zero outputs zeros from a zero state, so with its residual it passes its input on.
    with torch.no_grad():
        for parameter in layers[2].parameters():
            parameter.zero_()
    outputs, _ = stack(x, mask)
    torch.testing.assert_close(outputs, out1)


def test_residual_at_layer_zero_with_mismatched_widths_fails_with_a_helpful_error():
    with pytest.raises(ValueError, match="residual_from"):
        StackedRNN("lstm", 5, 7, num_layers=2, residual=True, residual_from=0)


def test_reverse_stack_reads_each_row_backwards_in_every_layer():
    torch.manual_seed(0)
    stack = StackedRNN("lstm", 5, 7, num_layers=2, reverse=True)
    assert all(layer.reverse for layer in stack.forward_layers)
    x, mask = padded_batch()
    outputs, finals = stack(x, mask)
    stack.fast = False
    readable_outputs, readable_finals = stack(x, mask)
    torch.testing.assert_close(outputs, readable_outputs, **TOLERANCE)
    torch.testing.assert_close(finals, readable_finals, **TOLERANCE)


# --- the vanilla (Elman) RNN ---------------------------------------------------------------------------------


def run_torch_vanilla_rnn(layer: RNNLayer, x, mask, initial):
    """torch's answer for a kind='rnn' `layer`, from a bidirectional torch.nn.RNN (tanh) whose matching direction
    carries a copy of its weights: outputs (B, L, H), final h (B, H), and those weights in the cell's order."""
    reference = torch.nn.RNN(layer.cell.input_size, layer.hidden_size, batch_first=True, bidirectional=True)
    names = [f"{name}_l0{'_reverse' if layer.reverse else ''}" for name, _ in layer.cell.named_parameters()]
    with torch.no_grad():
        for name, parameter in zip(names, layer.cell.parameters(), strict=True):
            getattr(reference, name).copy_(parameter)
    d, H, zeros = int(layer.reverse), layer.hidden_size, torch.zeros_like(initial)
    hx = torch.stack([zeros, initial] if layer.reverse else [initial, zeros])  # (2, B, H), the other direction zeros
    packed_out, final = reference(pack_padded_sequence(x, mask.sum(1), batch_first=True, enforce_sorted=False), hx)
    outputs, _ = pad_packed_sequence(packed_out, batch_first=True, total_length=x.size(1))
    return outputs[..., d * H : (d + 1) * H], final[d], [getattr(reference, n) for n in names]


def test_rnn_cell_equals_torch_rnn_cell_and_elmans_equation_in_outputs_and_gradients():
    torch.manual_seed(0)
    ours, theirs = RNNCell(5, 7), torch.nn.RNNCell(5, 7, nonlinearity="tanh")
    theirs.load_state_dict(ours.state_dict())  # same names and shapes
    x, h = torch.randn(3, 5, requires_grad=True), torch.randn(3, 7, requires_grad=True)

    ours_out, theirs_out = ours(x, h), theirs(x, h)
    torch.testing.assert_close(ours_out, theirs_out, **TOLERANCE)
    W, U, b_W, b_U = ours.weight_ih, ours.weight_hh, ours.bias_ih, ours.bias_hh
    torch.testing.assert_close(ours_out, torch.tanh(x @ W.T + b_W + h @ U.T + b_U), **TOLERANCE)  # Elman, tanh

    ours_grads = torch.autograd.grad(loss_of(ours_out, ours_out), [x, h, *ours.parameters()])
    theirs_grads = torch.autograd.grad(loss_of(theirs_out, theirs_out), [x, h, *theirs.parameters()])
    for a, b in zip(ours_grads, theirs_grads, strict=True):
        torch.testing.assert_close(a, b, **TOLERANCE)


@pytest.mark.parametrize("reverse", [False, True], ids=["forward", "reverse"])
def test_rnn_layer_readable_and_fast_paths_equal_torch_rnn_on_padded_batch(reverse):
    torch.manual_seed(0)
    layer = RNNLayer("rnn", 5, 7, reverse=reverse)
    assert layer.uses_fast_path  # torch's tanh RNN is Elman's equation: the kernel may run it
    x, mask = padded_batch()
    initial = random_state("gru", len(LENGTHS), 7)  # one tensor h, as a GRU's

    results = {}
    for path in ("readable", "fast", "torch"):
        x_path = x.clone().requires_grad_()
        if path == "torch":
            outputs, final, weights = run_torch_vanilla_rnn(layer, x_path, mask, initial)
        else:
            layer.fast = path == "fast"
            outputs, final = layer(x_path, mask, initial)
            weights = list(layer.cell.parameters())
        grads = torch.autograd.grad(loss_of(outputs * mask[..., None], final), [x_path, *weights])
        results[path] = (outputs, final, grads)

    readable_out, readable_final, readable_grads = results["readable"]
    for path in ("fast", "torch"):
        outputs, final, grads = results[path]
        torch.testing.assert_close(outputs[mask], readable_out[mask], **TOLERANCE)
        torch.testing.assert_close(final, readable_final, **TOLERANCE)
        for a, b in zip(grads, readable_grads, strict=True):
            torch.testing.assert_close(a, b, **TOLERANCE)


@pytest.mark.parametrize("fast", [False, True], ids=["readable", "fast"])
@pytest.mark.parametrize("reverse", [False, True], ids=["forward", "reverse"])
def test_rnn_padding_never_changes_a_state_so_each_row_alone_equals_its_padded_self(reverse, fast):
    torch.manual_seed(0)
    layer = RNNLayer("rnn", 5, 7, reverse=reverse)
    layer.fast = fast
    lengths = [6, 4, 0, 3]  # an empty row keeps its initial state
    x, mask = padded_batch(lengths=lengths)
    initial = random_state("gru", len(lengths), 7)
    batch_out, batch_final = layer(x, mask, initial)
    assert batch_out[~mask].abs().max() == 0
    torch.testing.assert_close(batch_final[2], initial[2])
    for row, length in enumerate(lengths):
        if length:  # the empty row is checked above
            alone_out, alone_final = layer(x[row : row + 1, :length], mask[row : row + 1, :length], initial[row, None])
            torch.testing.assert_close(alone_out[0], batch_out[row, :length], **TOLERANCE)
            torch.testing.assert_close(alone_final[0], batch_final[row], **TOLERANCE)


@pytest.mark.parametrize("fast", [False, True], ids=["readable", "fast"])
def test_two_layer_rnn_stack_equals_torch_rnn_with_two_layers(fast):
    torch.manual_seed(0)
    stack = StackedRNN("rnn", 5, 7, num_layers=2)
    stack.fast = fast
    reference = torch.nn.RNN(5, 7, num_layers=2, batch_first=True)
    layers = enumerate(stack.forward_layers)
    reference.load_state_dict({f"{name}_l{i}": p for i, layer in layers for name, p in layer.cell.named_parameters()})
    x, _ = padded_batch(lengths=[4, 4, 4])
    outputs, finals = stack(x)
    reference_outputs, reference_final = reference(x)
    torch.testing.assert_close(outputs, reference_outputs, **TOLERANCE)
    torch.testing.assert_close(torch.stack(finals), reference_final, **TOLERANCE)
