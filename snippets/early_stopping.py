# --8<-- [start:train]
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


def train(learning_rate, tolerance=1e-9, max_epochs=100000):
    """Stop once an epoch lowers the cost by less than the tolerance."""
    weight = 0.0
    bias = 0.0
    previous_cost = np.inf
    for epoch in range(1, max_epochs + 1):
        y_hat = weight * x + bias
        cost = ((y_hat - y) ** 2).mean()
        if cost > previous_cost:
            return f"cost went up at epoch {epoch}: diverging, stopped"
        if previous_cost - cost < tolerance:
            return (f"stopped at epoch {epoch:5d}, Weight : {weight:.4f}, "
                    f"Bias : {bias:.4f}, Cost : {cost:.4f}")
        previous_cost = cost

        weight = weight - learning_rate * ((y_hat - y) * x).mean()
        bias = bias - learning_rate * (y_hat - y).mean()
    return f"no stop within {max_epochs} epochs"
# --8<-- [end:train]


# --8<-- [start:compare]
for learning_rate in [0.001, 0.005, 0.006, 0.007]:
    print(f"learning_rate {learning_rate}: {train(learning_rate)}")
# --8<-- [end:compare]
