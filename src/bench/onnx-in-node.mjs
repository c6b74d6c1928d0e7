// The web-page snippet of docs/models.md, run under Node with the onnxruntime-web package a page loads: the
// probabilities of every Fashion-MNIST test image and the number right, which must be what
// `softmaxlab evaluate m.onnx` reports.
//   mkdir /tmp/ort && cd /tmp/ort && npm install onnxruntime-web@1.20.0 && cp .../src/bench/onnx-in-node.mjs .
//   node onnx-in-node.mjs m.onnx /usr/share/datasets/fashion-mnist
import * as ort from 'onnxruntime-web';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const model = process.argv[2], data = process.argv[3];
const images = gunzipSync(readFileSync(`${data}/t10k-images-idx3-ubyte.gz`)).subarray(16);
const labels = gunzipSync(readFileSync(`${data}/t10k-labels-idx1-ubyte.gz`)).subarray(8);
const classes = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"];

const session = await ort.InferenceSession.create(readFileSync(model));
const n = labels.length, pixels = new Float32Array(n * 784);
for (let i = 0; i < pixels.length; i++) pixels[i] = images[i] / 255;
const { probabilities } = await session.run({ images: new ort.Tensor('float32', pixels, [n, 1, 28, 28]) });
let right = 0;
for (let i = 0; i < n; i++) {
  const p = probabilities.data.subarray(10 * i, 10 * i + 10);
  const best = p.indexOf(Math.max(...p));
  if (best === labels[i]) right++;
  if (i < 3) console.log(`image ${i}: ${classes[best]} (${(100 * p[best]).toFixed(1)} %), true ${classes[labels[i]]}`);
}
console.log(`onnxruntime-web ${ort.env.versions.web}: ${right} of ${n} right`);
