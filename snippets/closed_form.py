# --8<-- [start:solve]
import numpy as np

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

# One column for the weight, a column of ones for the bias.
design = np.hstack([x, np.ones_like(x)])
(best_weight,), (best_bias,) = np.linalg.lstsq(design, y, rcond=None)[0]
best_cost = ((best_weight * x + best_bias - y) ** 2).mean()

print(f"Weight : {best_weight:.4f}, Bias : {best_bias:.4f}, Cost : {best_cost:.4f}")
# --8<-- [end:solve]

# --8<-- [start:compare]
weight = 0.0
bias = 0.0
learning_rate = 0.005

print("Epoch | weight gap | bias gap | cost gap")
for epoch in range(1, 10001):
    y_hat = weight * x + bias
    weight = weight - learning_rate * ((y_hat - y) * x).mean()
    bias = bias - learning_rate * (y_hat - y).mean()

    if epoch in (1000, 10000):
        cost = ((weight * x + bias - y) ** 2).mean()
        print(
            f"{epoch:5d} | {weight - best_weight:10.2e} | "
            f"{bias - best_bias:8.2e} | {cost - best_cost:8.2e}"
        )
# --8<-- [end:compare]
