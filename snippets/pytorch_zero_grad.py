# --8<-- [start:setup]
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


def show(step, weight):
    print(f"{step:<14} Gradient : {weight.grad}, Weight : {weight.item():.5f}")


def train_two_epochs(clear_gradients=True, set_to_none=True):
    weight = torch.zeros(1, requires_grad=True)
    bias = torch.zeros(1, requires_grad=True)
    optimizer = optim.SGD([weight, bias], lr=0.001)

    for epoch in range(2):
        hypothesis = weight * x + bias
        cost = torch.mean((hypothesis - y) ** 2)

        print(f"Epoch : {epoch + 1}")
        show("[1] start", weight)

        if clear_gradients:
            optimizer.zero_grad(set_to_none=set_to_none)
            show("[2] zero_grad", weight)

        cost.backward()
        show("[3] backward", weight)

        optimizer.step()
        show("[4] step", weight)
# --8<-- [end:setup]


# --8<-- [start:default]
train_two_epochs()
# --8<-- [end:default]

# --8<-- [start:keep_zeros]
train_two_epochs(set_to_none=False)
# --8<-- [end:keep_zeros]

# --8<-- [start:no_zero_grad]
train_two_epochs(clear_gradients=False)
# --8<-- [end:no_zero_grad]
