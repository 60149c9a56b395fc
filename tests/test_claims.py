"""Each numeric claim of the 'why' chapters, proved by code independent of the snippets.

The pages' own output blocks are checked by Sybil; these tests check the claims the prose
builds on them with a second, separate computation.
"""

import re
import subprocess
import sys

import numpy as np
import pytest

import figures
from snippet_runs import SNIPPETS, SnippetRunner

runner = SnippetRunner()


@pytest.fixture(scope="module")
def data():
    return figures.load_data()


@pytest.fixture(scope="module")
def hessian_eigenvalues(data):
    """Eigenvalues of the Hessian of half the mean squared error, smallest first."""
    x, _ = data
    design = np.hstack([x, np.ones_like(x)])
    return np.linalg.eigvalsh(design.T @ design / len(x))


def test_closed_form(data):
    x, y = data
    weight, bias = np.polyfit(x.ravel(), y.ravel(), deg=1)
    cost = ((weight * x + bias - y) ** 2).mean()
    assert (round(weight, 4), round(bias, 4), round(cost, 4)) == (0.8789, -0.4359, 1.3722)


def test_gradient_descent_approaches_the_closed_form(data):
    x, y = data
    best_weight, best_bias = np.polyfit(x.ravel(), y.ravel(), deg=1)
    history = figures.gradient_descent(x, y, 0.0, 0.0, 0.005, 10000)
    after_1000, after_10000 = history[999], history[9999]
    assert abs(after_10000[1] - best_bias) < abs(after_1000[1] - best_bias) / 1000
    assert abs(after_10000[0] - best_weight) < 1e-6


def test_hessian_eigenvalues_and_bound(hessian_eigenvalues):
    small, large = hessian_eigenvalues
    assert round(large, 2) == 315.93
    assert round(small, 4) == 0.2371
    assert round(2 / large, 5) == 0.00633
    assert 1300 <= large / small <= 1350


def test_zig_zag_and_divergence_factors(hessian_eigenvalues):
    _, large = hessian_eigenvalues
    assert 0 < 1 - 0.001 * large < 1  # calm approach from one side
    assert -1 < 1 - 0.006 * large < 0  # zig-zag that still shrinks
    assert 1 - 0.007 * large < -1  # zig-zag that grows: divergence


def test_bound_separates_convergence_from_divergence(data, hessian_eigenvalues):
    x, y = data
    bound = 2 / hessian_eigenvalues[1]
    below = figures.gradient_descent(x, y, 0.0, 0.0, bound * 0.99, 3000)[:, 2]
    above = figures.gradient_descent(x, y, 0.0, 0.0, bound * 1.01, 3000)[:, 2]
    assert below[-1] < 1.38
    assert above[-1] > above[0] * 1e6


def test_slow_direction_explains_thousands_of_epochs(hessian_eigenvalues):
    small, _ = hessian_eigenvalues
    epochs_for_a_thousandfold = np.log(1000) / -np.log(1 - 0.005 * small)
    assert 5000 < epochs_for_a_thousandfold < 7000


def test_pytorch_at_half_the_rate_prints_what_numpy_printed():
    numpy_output = runner.run("numpy_gradient_descent.py").stdout
    torch_output = runner.run("factor_of_two.py").stdout
    assert torch_output.endswith(numpy_output)
    assert "Epoch : 2000, Weight : 0.877, Bias : -0.391, Cost : 1.373" in torch_output
    assert "ratio                 : 2.0000" in torch_output


def bias_at(output: str, epoch: int) -> float:
    return float(re.search(rf"Epoch : {epoch}, Weight : \S+, Bias : (\S+),", output)[1])


def test_pytorch_at_0_001_is_slower_than_numpy():
    numpy_output = runner.run("numpy_gradient_descent.py").stdout
    torch_output = runner.run("pytorch_sgd.py").stdout
    best_bias = -0.4359
    for epoch in (1000, 2000, 5000):
        assert abs(bias_at(torch_output, epoch) - best_bias) > abs(
            bias_at(numpy_output, epoch) - best_bias
        )


def test_standardized_input_has_unit_curvature_and_converges_in_one_step(data):
    x, y = data
    scaled = (x - x.mean()) / x.std()
    design = np.hstack([scaled, np.ones_like(scaled)])
    np.testing.assert_allclose(np.linalg.eigvalsh(design.T @ design / len(x)), [1, 1])

    weight, bias, _ = figures.gradient_descent(scaled, y, 0.0, 0.0, 1.0, 1)[0]
    best_weight, best_bias = np.polyfit(x.ravel(), y.ravel(), deg=1)
    assert weight / x.std() == pytest.approx(best_weight)
    assert bias - weight * x.mean() / x.std() == pytest.approx(best_bias)


def run_source(source: str) -> str:
    finished = subprocess.run(
        [sys.executable, "-c", source], capture_output=True, text=True, check=True
    )
    return finished.stdout


def test_mini_batch_sgd_repeats_with_its_seed_and_only_with_it():
    source = (SNIPPETS / "minibatch_sgd.py").read_text(encoding="utf-8")
    first, second = run_source(source), run_source(source)
    other_seed = run_source(source.replace("torch.manual_seed(0)", "torch.manual_seed(1)"))
    assert first == second
    assert other_seed != first


def test_mini_batch_figure_follows_the_snippet():
    printed = [
        float(cost)
        for cost in re.findall(r"Cost : (\S+)", runner.run("minibatch_sgd.py").stdout)
    ]
    plotted = figures.minibatch_costs(batch_size=5)[99::100]
    assert [round(cost, 3) for cost in plotted] == printed


def test_multivariate_descent_matches_the_closed_form():
    output = runner.run("multivariate.py").stdout
    last_epoch = re.search(r"Epoch : 10000, Weight : (\[.*?\]), Bias : (\[.*?\])", output)
    closed_form = re.search(r"closed form : Weight : (\[.*?\]), Bias : (\[.*?\])", output)
    assert last_epoch.groups() == closed_form.groups()


def test_float32_agrees_with_float64_only_to_about_six_digits():
    lines = runner.run("float_precision.py").stdout.splitlines()[1:]
    values = {line[:13]: [float(value) for value in line.split()[2:]] for line in lines}
    assert values["NumPy float64"] == values["torch float64"]
    difference = np.abs(np.subtract(values["torch float32"], values["NumPy float64"]))
    assert (difference > 1e-9).all() and (difference < 1e-4).all()
