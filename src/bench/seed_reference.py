#!/usr/bin/python3
"""The reference softmax-regression recipe (D2L 3.7, nn.Flatten + nn.Linear(784, 10), SGD) in PyTorch, on the same
Fashion-MNIST files, timed per epoch: the anchor the Java trainer is held against (src/bench/compare-with-pytorch.sh).
--hidden 256 gives d2l's concise MLP instead (nn.Flatten, nn.Linear(784, 256), nn.ReLU, nn.Linear(256, 10), same
recipe). --save-npz FILE writes the trained net's state_dict as NumPy arrays (keys '1.weight', '1.bias', ...);
--save-onnx FILE writes the net with torch.onnx.export (input (N, 1, 28, 28), batch size dynamic), and the last line
then also gives the exact test count: 'test_correct C near_ties T' (T: images whose top two logits are within 1e-4).
--train-images N trains on the first N training images only (quick checks).

Needs: Python 3 with PyTorch and NumPy, on Debian/Ubuntu `sudo apt-get install python3-torch` (brings python3-numpy),
and the four Fashion-MNIST .gz files (`sudo apt-get install dataset-fashion-mnist`, or --data DIR).
Python is only for this comparison: SoftmaxLab itself never needs it.

Usage: python3 src/bench/seed_reference.py [--data DIR] [--batch 256] [--lr 0.1] [--epochs 10] [--hidden 256]
       [--loader] [--threads T] [--device cpu|cuda] [--save-npz F] [--save-onnx F] [--train-images N]"""
import argparse, gzip, time, numpy as np, torch
from torch import nn

def idx(path, off):
    with gzip.open(path, 'rb') as f:
        return np.frombuffer(f.read(), np.uint8, offset=off)

ap = argparse.ArgumentParser()
ap.add_argument('--data', default='/usr/share/datasets/fashion-mnist')
ap.add_argument('--batch', type=int, default=256)
ap.add_argument('--lr', type=float, default=0.1)
ap.add_argument('--epochs', type=int, default=10)
ap.add_argument('--loader', action='store_true', help='use DataLoader like d2l')
ap.add_argument('--threads', type=int, default=0)
ap.add_argument('--device', default='cpu', help='cpu or cuda')
ap.add_argument('--hidden', type=int, default=0, help='0: softmax regression; N: one hidden ReLU layer of N (d2l MLP)')
ap.add_argument('--save-npz', default='', help='write the trained state_dict as a NumPy .npz')
ap.add_argument('--save-onnx', default='', help='write the trained net with torch.onnx.export')
ap.add_argument('--train-images', type=int, default=0, help='train on the first N training images only')
a = ap.parse_args()
if a.threads: torch.set_num_threads(a.threads)
d = a.data
X = torch.tensor(idx(f'{d}/train-images-idx3-ubyte.gz', 16).reshape(-1, 1, 28, 28), dtype=torch.float32) / 255
Y = torch.tensor(idx(f'{d}/train-labels-idx1-ubyte.gz', 8).astype(np.int64))
Xt = torch.tensor(idx(f'{d}/t10k-images-idx3-ubyte.gz', 16).reshape(-1, 1, 28, 28), dtype=torch.float32) / 255
Yt = torch.tensor(idx(f'{d}/t10k-labels-idx1-ubyte.gz', 8).astype(np.int64))
if a.train_images: X, Y = X[:a.train_images], Y[:a.train_images]
X, Y, Xt, Yt = (t.to(a.device) for t in (X, Y, Xt, Yt))
torch.manual_seed(0)
if a.hidden:
    net = nn.Sequential(nn.Flatten(), nn.Linear(784, a.hidden), nn.ReLU(), nn.Linear(a.hidden, 10)).to(a.device)
else:
    net = nn.Sequential(nn.Flatten(), nn.Linear(784, 10)).to(a.device)
for m in net:
    if isinstance(m, nn.Linear):
        nn.init.normal_(m.weight, std=0.01)
loss = nn.CrossEntropyLoss(reduction='none')
opt = torch.optim.SGD(net.parameters(), lr=a.lr)
if a.loader:
    ds = torch.utils.data.TensorDataset(X, Y)
    it = lambda: torch.utils.data.DataLoader(ds, a.batch, shuffle=True, num_workers=0)
else:
    def it():
        p = torch.randperm(len(X), device=a.device)
        for s in range(0, len(X), a.batch):
            i = p[s:s + a.batch]
            yield X[i], Y[i]
total = 0
for ep in range(a.epochs):
    t = time.perf_counter(); c = time.process_time(); ls = acc = n = 0
    for xb, yb in it():
        yh = net(xb); l = loss(yh, yb)
        opt.zero_grad(); l.mean().backward(); opt.step()
        ls += float(l.sum()); acc += float((yh.argmax(1) == yb).sum()); n += len(yb)
    if a.device != 'cpu': torch.cuda.synchronize()
    tt = time.perf_counter() - t; ct = time.process_time() - c
    with torch.no_grad():
        ta = float((net(Xt).argmax(1) == Yt).float().mean())
    total += tt
    print(f'epoch {ep+1} loss {ls/n:.4f} train_acc {acc/n:.4f} test_acc {ta:.4f} {tt*1000:.0f} ms (cpu {ct*1000:.0f} ms)', flush=True)
if a.save_npz:
    np.savez(a.save_npz, **{k: v.detach().cpu().numpy() for k, v in net.state_dict().items()})
if a.save_onnx:
    net.eval()
    torch.onnx.export(net.cpu(), torch.zeros(1, 1, 28, 28), a.save_onnx, input_names=['x'], output_names=['logits'],
                      dynamic_axes={'x': {0: 'N'}, 'logits': {0: 'N'}})
    with torch.no_grad():
        o = net(Xt.cpu()); top = o.topk(2, 1).values
    print(f'test_correct {int((o.argmax(1) == Yt.cpu()).sum())} near_ties {int((top[:, 0] - top[:, 1] < 1e-4).sum())}')
print(f'torch {torch.__version__} device {a.device} threads {torch.get_num_threads()} batch {a.batch} hidden {a.hidden} mean_epoch_ms {total/a.epochs*1000:.0f}')
