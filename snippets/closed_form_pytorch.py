import torch
from torch import optim

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

# The least-squares solution, in float64 so it is exact to the printed digits.
design = torch.hstack([x, torch.ones_like(x)]).double()
solution = torch.linalg.lstsq(design, y.double()).solution
best_weight, best_bias = solution[:, 0].tolist()
best_cost = torch.mean((best_weight * x.double() + best_bias - y.double()) ** 2).item()
print(f"Weight : {best_weight:.4f}, Bias : {best_bias:.4f}, Cost : {best_cost:.4f}")

weight = torch.zeros(1, requires_grad=True)
bias = torch.zeros(1, requires_grad=True)
optimizer = optim.SGD([weight, bias], lr=0.001)

print("Epoch | weight gap | bias gap | cost gap")
for epoch in range(1, 10001):
    cost = torch.mean((weight * x + bias - y) ** 2)
    optimizer.zero_grad()
    cost.backward()
    optimizer.step()

    if epoch in (1000, 10000):
        cost = torch.mean((weight * x + bias - y) ** 2).item()
        print(
            f"{epoch:5d} | {weight.item() - best_weight:10.2e} | "
            f"{bias.item() - best_bias:8.2e} | {cost - best_cost:8.2e}"
        )
