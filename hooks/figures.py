"""Draw the chapters' figures (SVG) from the seed data, with labels in each language."""

from __future__ import annotations

import hashlib
import importlib.util
import io
import logging
import warnings
from importlib import metadata
from pathlib import Path

import matplotlib
import numpy as np

matplotlib.use("Agg")

from matplotlib import font_manager  # noqa: E402
from matplotlib import pyplot as plt  # noqa: E402

from snippet_runs import ROOT, write_atomically  # noqa: E402

CACHE = ROOT / ".cache" / "figures"
DATA_SNIPPET = "numpy_gradient_descent.py"
LEARNING_RATES = (0.001, 0.005, 0.006, 0.007)
COLORS = {0.001: "#1f77b4", 0.005: "#2ca02c", 0.006: "#ff7f0e", 0.007: "#d62728"}

LABELS = {
    "ko": {
        "x": "x (독립 변수)",
        "y": "y (종속 변수)",
        "data": "데이터 30개",
        "fit": "경사 하강법으로 찾은 직선",
        "epoch": "에폭",
        "cost": "비용 (평균 제곱 오차)",
        "first_epochs": "처음 50 에폭",
        "all_epochs": "10,000 에폭 (로그 축)",
        "weight": "가중치",
        "bias": "편향",
        "learning_rate": "학습률",
        "start": "시작점",
        "bound": "안정 한계",
        "epoch_log": "에폭 (로그 축)",
        "cost_after_1000": "1,000 에폭 뒤의 비용",
        "minibatch": "미니 배치 SGD (배치 크기 5)",
        "full_batch": "전체 배치 경사 하강법",
    },
    "en": {
        "x": "x (independent variable)",
        "y": "y (dependent variable)",
        "data": "the 30 data points",
        "fit": "line found by gradient descent",
        "epoch": "epoch",
        "cost": "cost (mean squared error)",
        "first_epochs": "first 50 epochs",
        "all_epochs": "10,000 epochs (log axis)",
        "weight": "weight",
        "bias": "bias",
        "learning_rate": "learning rate",
        "start": "start",
        "bound": "stability bound",
        "epoch_log": "epoch (log axis)",
        "cost_after_1000": "cost after 1,000 epochs",
        "minibatch": "mini-batch SGD (batch size 5)",
        "full_batch": "full-batch gradient descent",
    },
}

log = logging.getLogger("mkdocs.hooks.figures")


def use_fonts() -> None:
    """Latin text and the minus sign in DejaVu Sans, Hangul from NanumGothic."""
    # find_spec locates the package without importing it: importing it restyles pyplot.
    package = importlib.util.find_spec("koreanize_matplotlib").submodule_search_locations[0]
    font_file = Path(package) / "fonts" / "NanumGothic.ttf"
    font_manager.fontManager.addfont(str(font_file))
    plt.rcParams["font.family"] = ["DejaVu Sans", "NanumGothic"]
    plt.rcParams["axes.unicode_minus"] = True
    plt.rcParams["svg.hashsalt"] = "linear-regression"
    plt.rcParams["svg.fonttype"] = "path"


def load_data() -> tuple[np.ndarray, np.ndarray]:
    """x and y exactly as the NumPy chapter's snippet defines them."""
    from page_blocks import SnippetExpander

    expander = SnippetExpander(ROOT / "mkdocs.yml")
    namespace = {"np": np}
    exec(expander.expand(f'--8<-- "{DATA_SNIPPET}:data"'), namespace)
    return namespace["x"], namespace["y"]


def gradient_descent(x, y, weight, bias, learning_rate, epochs):
    """Weight, bias (after each update) and cost (before it), one row per epoch."""
    history = np.empty((epochs, 3))
    with np.errstate(over="ignore", invalid="ignore"):
        for epoch in range(epochs):
            y_hat = weight * x + bias
            cost = ((y_hat - y) ** 2).mean()
            weight = weight - learning_rate * ((y_hat - y) * x).mean()
            bias = bias - learning_rate * (y_hat - y).mean()
            history[epoch] = weight, bias, cost
    return history


def data_and_fit(labels: dict, x, y) -> plt.Figure:
    weight, bias, _ = gradient_descent(x, y, 0.0, 0.0, 0.005, 10000)[-1]
    figure, axes = plt.subplots(figsize=(6.4, 4.2))
    axes.scatter(x, y, color="#1f77b4", label=labels["data"], zorder=3)
    line_x = np.array([0, 31])
    axes.plot(line_x, weight * line_x + bias, color="#d62728", label=labels["fit"])
    axes.set_xlabel(labels["x"])
    axes.set_ylabel(labels["y"])
    axes.grid(alpha=0.3)
    axes.legend()
    return figure


def cost_per_epoch(labels: dict, x, y) -> plt.Figure:
    figure, (early, late) = plt.subplots(1, 2, figsize=(9.6, 4.2))
    for learning_rate in LEARNING_RATES:
        history = gradient_descent(x, y, 0.0, 0.0, learning_rate, 10000)
        costs = history[:, 2]
        epochs = np.arange(1, len(costs) + 1)
        label = f"{labels['learning_rate']} {learning_rate}"
        color = COLORS[learning_rate]
        early.plot(epochs[:50], costs[:50], color=color, label=label)
        if np.isfinite(costs).all():
            late.plot(epochs, costs, color=color, label=label)
    early.set_title(labels["first_epochs"])
    late.set_title(labels["all_epochs"])
    late.set_xscale("log")
    for axes in (early, late):
        axes.set_yscale("log")
        axes.set_xlabel(labels["epoch"])
        axes.set_ylabel(labels["cost"])
        axes.grid(alpha=0.3, which="both")
    early.legend()
    late.legend()
    figure.tight_layout()
    return figure


def cost_surface(x, y, weights, biases):
    """Cost at every (weight, bias) of a grid."""
    grid_w, grid_b = np.meshgrid(weights, biases)
    predictions = grid_w[..., None] * x.ravel() + grid_b[..., None]
    return grid_w, grid_b, ((predictions - y.ravel()) ** 2).mean(axis=-1)


def parameter_paths(labels: dict, x, y) -> plt.Figure:
    figure, grid = plt.subplots(2, 2, figsize=(9.6, 7.2))
    for axes, learning_rate in zip(grid.ravel(), LEARNING_RATES):
        history = gradient_descent(x, y, 0.0, 0.0, learning_rate, 10)
        path = np.vstack([[0.0, 0.0], history[:, :2]])
        low, high = path.min(axis=0), path.max(axis=0)
        margin = (high - low) * 0.15 + [0.2, 0.02]
        weights = np.linspace(low[0] - margin[0], high[0] + margin[0], 200)
        biases = np.linspace(low[1] - margin[1], high[1] + margin[1], 200)
        grid_w, grid_b, surface = cost_surface(x, y, weights, biases)
        levels = np.geomspace(surface.min() * 1.02, surface.max(), 16)
        axes.contour(grid_w, grid_b, surface, levels=levels, colors="#999999", linewidths=0.6)
        axes.plot(path[:, 0], path[:, 1], "o-", color=COLORS[learning_rate], markersize=3)
        for epoch, (weight, bias) in enumerate(path[1:6], start=1):
            axes.annotate(str(epoch), (weight, bias), textcoords="offset points",
                          xytext=(0, 6 if epoch % 2 else -12), ha="center", fontsize=8)
        axes.plot(0, 0, "ks", label=labels["start"])
        axes.set_title(f"{labels['learning_rate']} {learning_rate}")
        axes.set_xlabel(labels["weight"])
        axes.set_ylabel(labels["bias"])
    grid[0, 0].legend(loc="upper left")
    figure.tight_layout()
    return figure


def stability_bound(x) -> float:
    """2 over the largest eigenvalue of the Hessian of half the mean squared error."""
    hessian = np.array([[(x * x).mean(), x.mean()], [x.mean(), 1.0]])
    return 2 / np.linalg.eigvalsh(hessian)[-1]


def stability_sweep(labels: dict, x, y) -> plt.Figure:
    learning_rates = np.linspace(0.0050, 0.0070, 81)
    final_costs = [gradient_descent(x, y, 0.0, 0.0, rate, 1000)[-1, 2] for rate in learning_rates]
    bound = stability_bound(x)
    figure, axes = plt.subplots(figsize=(6.4, 4.2))
    axes.plot(learning_rates, final_costs, "o-", markersize=3, color="#1f77b4")
    axes.axvline(bound, color="#d62728", linestyle="--",
                 label=f"{labels['bound']} 2 / λ = {bound:.5f}")
    axes.set_yscale("log")
    axes.set_xticks([0.005, 0.0055, 0.006, 0.0065, 0.007])
    axes.set_xlabel(labels["learning_rate"])
    axes.set_ylabel(labels["cost_after_1000"])
    axes.grid(alpha=0.3)
    axes.legend()
    figure.tight_layout()
    return figure


def minibatch_costs(epochs: int = 1000, batch_size: int | None = 5) -> np.ndarray:
    """Full-data cost after each epoch of PyTorch SGD, as minibatch_sgd.py trains."""
    import torch
    from torch.utils.data import DataLoader, TensorDataset

    x, y = (torch.tensor(values, dtype=torch.float32) for values in load_data())
    torch.manual_seed(0)
    loader = DataLoader(TensorDataset(x, y), batch_size=batch_size or len(x), shuffle=True)
    weight = torch.zeros(1, requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.SGD([weight, bias], lr=0.001)
    costs = np.empty(epochs)
    for epoch in range(epochs):
        for batch_x, batch_y in loader:
            cost = torch.mean((weight * batch_x + bias - batch_y) ** 2)
            optimizer.zero_grad()
            cost.backward()
            optimizer.step()
        with torch.no_grad():
            costs[epoch] = torch.mean((weight * x + bias - y) ** 2).item()
    return costs


def minibatch_versus_full_batch(labels: dict, x, y) -> plt.Figure:
    epochs = np.arange(1, 1001)
    figure, axes = plt.subplots(figsize=(6.4, 4.2))
    axes.plot(epochs, minibatch_costs(batch_size=5), color="#ff7f0e", linewidth=0.8,
              label=labels["minibatch"])
    axes.plot(epochs, minibatch_costs(batch_size=None), color="#1f77b4",
              label=labels["full_batch"])
    axes.set_xscale("log")
    axes.set_ylim(1.3, 4)
    axes.set_xlabel(labels["epoch_log"])
    axes.set_ylabel(labels["cost"])
    axes.grid(alpha=0.3, which="both")
    axes.legend()
    figure.tight_layout()
    return figure


FIGURES = {
    "data-and-fit": data_and_fit,
    "cost-per-epoch": cost_per_epoch,
    "parameter-paths": parameter_paths,
    "stability-sweep": stability_sweep,
    "minibatch-versus-full-batch": minibatch_versus_full_batch,
}


def render_svg(figure: plt.Figure) -> bytes:
    """SVG bytes without a timestamp, so the same figure gives the same file."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None})
    plt.close(figure)
    return buffer.getvalue()


class GlyphMissing(Exception):
    """Matplotlib had no font for some character of a label."""


def draw(name: str, language: str) -> bytes:
    """One figure as SVG; a missing glyph is an error, not a warning."""
    use_fonts()
    x, y = load_data()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        svg = render_svg(FIGURES[name](LABELS[language], x, y))
    missing = [str(warning.message) for warning in caught if "Glyph" in str(warning.message)]
    if missing:
        raise GlyphMissing(f"figure {name} ({language}): {missing[0]}")
    return svg


def figure_key(name: str, language: str) -> str:
    """Hash of everything a figure is drawn from."""
    parts = [
        Path(__file__).read_text(encoding="utf-8"),
        metadata.version("torch"),
        (ROOT / "snippets" / DATA_SNIPPET).read_text(encoding="utf-8"),
        metadata.version("matplotlib"),
        metadata.version("numpy"),
        name,
        language,
    ]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def cached_svg(name: str, language: str, cache_dir: Path = CACHE) -> bytes:
    """The figure from the cache, drawing and storing it when its inputs changed."""
    stored = cache_dir / f"{name}.{language}.{figure_key(name, language)[:16]}.svg"
    if stored.is_file():
        log.info("figure %s (%s): from the cache", name, language)
        return stored.read_bytes()
    svg = draw(name, language)
    write_atomically(stored, svg.decode("utf-8"))
    log.info("figure %s (%s): drawn", name, language)
    return svg
