# --8<-- [start:scale]
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

mean, std = x.mean(), x.std()
scaled_x = (x - mean) / std
print(f"mean : {mean:.1f}, standard deviation : {std:.4f}")

hessian = np.array([
    [(scaled_x * scaled_x).mean(), scaled_x.mean()],
    [scaled_x.mean(), 1.0],
])
small, large = np.linalg.eigvalsh(hessian)
print(f"eigenvalues : {large:.4f} and {small:.4f}, stable below {2 / large:.4f}")
# --8<-- [end:scale]

# --8<-- [start:train]
design = np.hstack([x, np.ones_like(x)])
best_weight, best_bias = np.linalg.lstsq(design, y, rcond=None)[0].ravel()
best_cost = ((best_weight * x + best_bias - y) ** 2).mean()


def train(inputs, learning_rate, tolerance=1e-4):
    """Descend until the cost is within tolerance of the best possible cost."""
    weight = 0.0
    bias = 0.0
    epoch = 0
    cost = ((weight * inputs + bias - y) ** 2).mean()
    while cost - best_cost > tolerance:
        y_hat = weight * inputs + bias
        weight = weight - learning_rate * ((y_hat - y) * inputs).mean()
        bias = bias - learning_rate * (y_hat - y).mean()
        cost = ((weight * inputs + bias - y) ** 2).mean()
        epoch += 1
    return epoch, weight, bias


print("x        | learning_rate | epochs to reach the best cost (+1e-4)")
epochs, _, _ = train(x, 0.005)
print(f"original | {0.005:13} | {epochs:5d}")
for learning_rate in [0.1, 0.5, 0.9, 1.0]:
    epochs, weight, bias = train(scaled_x, learning_rate)
    print(f"scaled   | {learning_rate:13} | {epochs:5d}")
# --8<-- [end:train]

# --8<-- [start:unscale]
# The last run used learning_rate 1.0 on the scaled x. In the original units:
original_weight = weight / std
original_bias = bias - weight * mean / std
print(f"Weight : {original_weight:.4f}, Bias : {original_bias:.4f}")
print(f"closed form : {best_weight:.4f}, {best_bias:.4f}")
# --8<-- [end:unscale]
