# --8<-- [start:loader]
import torch
from torch import optim
from torch.utils.data import DataLoader, TensorDataset

x = torch.FloatTensor([
    [1], [2], [3], [4], [5], [6], [7], [8], [9], [10],
    [11], [12], [13], [14], [15], [16], [17], [18], [19], [20],
    [21], [22], [23], [24], [25], [26], [27], [28], [29], [30],
])
y = torch.FloatTensor([
    [0.94], [1.98], [2.88], [3.92], [3.96],
    [4.55], [5.64], [6.3], [7.44], [9.1],
    [8.46], [9.5], [10.67], [11.16], [14],
    [11.83], [14.4], [14.25], [16.2], [16.32],
    [17.46], [19.8], [18], [21.34], [22],
    [22.5], [24.57], [26.04], [21.6], [28.8],
])

torch.manual_seed(0)  # the same shuffles, so the same output, on every run
loader = DataLoader(TensorDataset(x, y), batch_size=5, shuffle=True)
# --8<-- [end:loader]

# --8<-- [start:train]
weight = torch.zeros(1, requires_grad=True)
bias = torch.zeros(1, requires_grad=True)
optimizer = optim.SGD([weight, bias], lr=0.001)

for epoch in range(1000):
    for batch_x, batch_y in loader:  # 6 mini-batches, so 6 updates per epoch
        cost = torch.mean((weight * batch_x + bias - batch_y) ** 2)

        optimizer.zero_grad()
        cost.backward()
        optimizer.step()

    if (epoch + 1) % 100 == 0:
        with torch.no_grad():
            full_cost = torch.mean((weight * x + bias - y) ** 2)
        print(
            f"Epoch : {epoch + 1:4d}, Weight : {weight.item():.3f}, "
            f"Bias : {bias.item():.3f}, Cost : {full_cost:.3f}"
        )
# --8<-- [end:train]
