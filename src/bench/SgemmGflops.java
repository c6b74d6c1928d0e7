import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Single-thread sgemm speed through ND4J, for the FLOP-bound limit of an MLP epoch: the MLP step's own
 * shapes (batch 256, 785 inputs with the bias column, H hidden) and a large square gemm for reference.
 * Run: OMP_NUM_THREADS=1 java -cp "target/softmaxlab.jar:target/lib/*" src/bench/SgemmGflops.java [H]
 */
public class SgemmGflops {
    public static void main(String[] args) {
        int h = args.length > 0 ? Integer.parseInt(args[0]) : 256;
        Nd4j.getEnvironment().setMaxMasterThreads(1);
        org.softmaxlab.train.Nd4jRuntime.configureThreads(1);
        int b = 256, in = 785;
        INDArray x = Nd4j.rand(DataType.FLOAT, b, in);
        INDArray w = Nd4j.rand(DataType.FLOAT, in, h);
        INDArray a = Nd4j.create(DataType.FLOAT, b, h);
        INDArray big1 = Nd4j.rand(DataType.FLOAT, 1024, 1024);
        INDArray big2 = Nd4j.rand(DataType.FLOAT, 1024, 1024);
        INDArray big3 = Nd4j.create(DataType.FLOAT, 1024, 1024);
        StringBuilder json = new StringBuilder("{\"threads\":1,\"hidden\":" + h);
        for (int round = 0; round < 2; round++) {
            double forward = time(() -> Nd4j.gemm(x, w, a, false, false, 1.0, 0.0), 2.0 * b * in * h);
            double weightGradient = time(() -> Nd4j.gemm(x, a, w, true, false, -1e-9, 1.0), 2.0 * b * in * h);
            double square = time(() -> Nd4j.gemm(big1, big2, big3, false, false, 1.0, 0.0), 2.0 * 1024 * 1024 * 1024);
            if (round == 1) {
                json.append(String.format(java.util.Locale.ROOT,
                        ",\"gflops_x_w1\":%.1f,\"gflops_xT_dz\":%.1f,\"gflops_1024_square\":%.1f", forward,
                        weightGradient, square));
            }
        }
        System.out.println(json.append('}'));
    }

    /** GFLOP/s of the best of 7 runs, each repeating {@code op} for about 0.3 s. */
    private static double time(Runnable op, double flops) {
        double best = 0;
        for (int run = 0; run < 7; run++) {
            int reps = 0;
            long start = System.nanoTime();
            long elapsed;
            do {
                op.run();
                reps++;
                elapsed = System.nanoTime() - start;
            } while (elapsed < 300_000_000L);
            best = Math.max(best, flops * reps / elapsed);
        }
        return best;
    }
}
