import numpy as np
import torch

x = np.array([
    [1], [2], [3], [4], [5], [6], [7], [8], [9], [10],
    [11], [12], [13], [14], [15], [16], [17], [18], [19], [20],
    [21], [22], [23], [24], [25], [26], [27], [28], [29], [30],
])
y = np.array([
    [0.94], [1.98], [2.88], [3.92], [3.96],
    [4.55], [5.64], [6.3], [7.44], [9.1],
    [8.46], [9.5], [10.67], [11.16], [14],
    [11.83], [14.4], [14.25], [16.2], [16.32],
    [17.46], [19.8], [18], [21.34], [22],
    [22.5], [24.57], [26.04], [21.6], [28.8],
])


def numpy_descent(epochs):
    weight = 0.0
    bias = 0.0
    for epoch in range(epochs):
        y_hat = weight * x + bias
        weight = weight - 0.005 * ((y_hat - y) * x).mean()
        bias = bias - 0.005 * (y_hat - y).mean()
    return weight, bias


def torch_descent(epochs, dtype):
    inputs = torch.tensor(x, dtype=dtype)
    targets = torch.tensor(y, dtype=dtype)
    weight = torch.zeros(1, dtype=dtype, requires_grad=True)
    bias = torch.zeros(1, dtype=dtype, requires_grad=True)
    optimizer = torch.optim.SGD([weight, bias], lr=0.0025)
    for epoch in range(epochs):
        cost = torch.mean((weight * inputs + bias - targets) ** 2)
        optimizer.zero_grad()
        cost.backward()
        optimizer.step()
    return weight.item(), bias.item()


print("                 weight           bias")
for name, (weight, bias) in [
    ("NumPy float64", numpy_descent(10000)),
    ("torch float64", torch_descent(10000, torch.float64)),
    ("torch float32", torch_descent(10000, torch.float32)),
]:
    print(f"{name}  {weight:.12f}  {bias:.12f}")
