# --8<-- [start:hessian]
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

# Second derivatives of half the mean squared error, the function the
# NumPy update descends: d2/dW2, d2/dWdb and d2/db2.
hessian = np.array([
    [(x * x).mean(), x.mean()],
    [x.mean(), 1.0],
])
small, large = np.linalg.eigvalsh(hessian)
bound = 2 / large

print(f"eigenvalues      : {large:.2f} and {small:.4f}")
print(f"condition number : {large / small:.0f}")
print(f"stable below     : learning_rate < 2 / {large:.2f} = {bound:.5f}")
# --8<-- [end:hessian]

# --8<-- [start:factors]
print("learning_rate | steep factor | flat factor")
for learning_rate in [0.001, 0.005, 0.006, 0.007]:
    steep = 1 - learning_rate * large
    flat = 1 - learning_rate * small
    print(f"{learning_rate:13} | {steep:12.4f} | {flat:11.6f}")
# --8<-- [end:factors]

# --8<-- [start:sweep]
print("learning_rate | cost after 1,000 epochs")
for learning_rate in [0.0055, 0.006, 0.0062, 0.0063, 0.0064, 0.0066, 0.007]:
    weight = 0.0
    bias = 0.0
    for epoch in range(1000):
        y_hat = weight * x + bias
        cost = ((y_hat - y) ** 2).mean()
        weight = weight - learning_rate * ((y_hat - y) * x).mean()
        bias = bias - learning_rate * (y_hat - y).mean()
    side = "below" if learning_rate < bound else "above"
    print(f"{learning_rate:13} | {cost:10.3e}  ({side} the bound)")
# --8<-- [end:sweep]
