# --8<-- [start:data]
import numpy as np

x = np.array([
    [1], [2], [3], [4], [5], [6], [7], [8], [9], [10],
    [11], [12], [13], [14], [15], [16], [17], [18], [19], [20],
    [21], [22], [23], [24], [25], [26], [27], [28], [29], [30],
])
first = np.array([
    [0.94], [1.98], [2.88], [3.92], [3.96],
    [4.55], [5.64], [6.3], [7.44], [9.1],
    [8.46], [9.5], [10.67], [11.16], [14],
    [11.83], [14.4], [14.25], [16.2], [16.32],
    [17.46], [19.8], [18], [21.34], [22],
    [22.5], [24.57], [26.04], [21.6], [28.8],
])

# A second target: y = 30 - 0.5 x plus normal noise (standard deviation 1).
rng = np.random.default_rng(seed=0)
second = 30 - 0.5 * x + rng.normal(0, 1, size=x.shape)

y = np.hstack([first, second])
print("y shape :", y.shape)
# --8<-- [end:data]

# --8<-- [start:train]
def columns(values):
    return "[" + ", ".join(f"{value:.3f}" for value in np.ravel(values)) + "]"


weight = np.zeros((1, 2))  # one weight per output column
bias = np.zeros(2)  # one bias per output column
learning_rate = 0.005

for epoch in range(10000):
    y_hat = x @ weight + bias  # (30, 1) @ (1, 2) -> (30, 2)
    cost = ((y_hat - y) ** 2).mean(axis=0)  # one cost per column

    weight = weight - learning_rate * (x.T @ (y_hat - y)) / len(x)
    bias = bias - learning_rate * (y_hat - y).mean(axis=0)

    if (epoch + 1) % 2500 == 0:
        print(
            f"Epoch : {epoch + 1:5d}, Weight : {columns(weight)}, "
            f"Bias : {columns(bias)}, Cost : {columns(cost)}"
        )
# --8<-- [end:train]

# --8<-- [start:closed_form]
design = np.hstack([x, np.ones_like(x)])
(best_weight, best_bias) = np.linalg.lstsq(design, y, rcond=None)[0]
print(f"closed form : Weight : {columns(best_weight)}, Bias : {columns(best_bias)}")
# --8<-- [end:closed_form]
