import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import static org.bytedeco.openblas.global.openblas_nolapack.*;

/**
 * One batch's two softmax-regression products through Nd4j.gemm and straight through cblas_sgemm (what
 * train/Sgemm does), microseconds per call, best of 7. Why the trainer calls cblas_sgemm itself.
 * Run: OMP_NUM_THREADS=1 java -cp "target/softmaxlab.jar:target/lib/*" src/bench/java/GemmCallCost.java
 */
public class GemmCallCost {
  public static void main(String[] args) {
    org.softmaxlab.train.Nd4jRuntime.configureThreads(1);
    int b = 256, in = 785, k = 10;
    INDArray x = Nd4j.rand(DataType.FLOAT, b, in);
    INDArray w = Nd4j.rand(DataType.FLOAT, in, k);
    INDArray l = Nd4j.create(DataType.FLOAT, b, k);
    FloatPointer px = (FloatPointer) x.data().addressPointer(), pw = (FloatPointer) w.data().addressPointer(), pl = (FloatPointer) l.data().addressPointer();
    for (int round = 0; round < 3; round++) {
      StringBuilder s = new StringBuilder();
      s.append(String.format("nd4j fwd %.1f us  ", us(() -> Nd4j.gemm(x, w, l, false, false, 1.0, 0.0))));
      s.append(String.format("nd4j bwd %.1f us  ", us(() -> Nd4j.gemm(x, l, w, true, false, -1e-9, 1.0))));
      s.append(String.format("cblas fwd rowmajor %.1f us  ", us(() -> cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, b, k, in, 1f, px, in, pw, k, 0f, pl, k))));
      s.append(String.format("cblas bwd rowmajor %.1f us  ", us(() -> cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, in, k, b, -1e-9f, px, in, pl, k, 1f, pw, k))));
      s.append(String.format("cblas fwd as colmajor W^T X^T %.1f us  ", us(() -> cblas_sgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, k, b, in, 1f, pw, k, px, in, 0f, pl, k))));
      System.out.println(s);
    }
  }
  static double us(Runnable r) {
    for (int i = 0; i < 200; i++) r.run();
    double best = 1e9;
    for (int rep = 0; rep < 7; rep++) {
      long t = System.nanoTime();
      for (int i = 0; i < 300; i++) r.run();
      best = Math.min(best, (System.nanoTime() - t) / 1e3 / 300);
    }
    return best;
  }
}
