package org.softmaxlab.train;

import java.util.Locale;
import java.util.Optional;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A start-up check that the BLAS multiplies matrices correctly on this CPU, a few milliseconds long:
 * products of the shapes and transposes training uses (a batch's logits, a weight step Xᵀ·G, the
 * MLP's G·W₂ᵀ, and a tiny one for OpenBLAS's small-matrix kernels), each against a Java reference.
 *
 * <p>The entries are small integers, so every partial sum is an integer below 2²⁴ and exact in
 * {@code float} whatever order or fused multiply-adds a kernel uses; with α = −½ and β = 1 (the
 * update's form) the right answer is known exactly and any difference is a wrong kernel, not rounding.
 */
final class GemmCheck {

    /** C = α·op(A)·op(B) + β·C as {@code Nd4j.gemm} computes it, replaceable in tests. */
    @FunctionalInterface
    interface Gemm {
        void multiply(INDArray a, INDArray b, INDArray c, boolean transposeA, boolean transposeB, double alpha,
                      double beta);
    }

    /** The products training computes ({@link Sgemm}): what the start-up check checks. */
    static final Gemm TRAINING = Sgemm::multiply;

    /** ND4J's own {@code Nd4j.gemm}, which {@link Sgemm} must match to the bit. */
    static final Gemm ND4J = (a, b, c, ta, tb, alpha, beta) -> Nd4j.gemm(a, b, c, ta, tb, alpha, beta);

    /** C [m, n] = op(A) [m, k] · op(B) [k, n]. */
    record Product(String what, int m, int k, int n, boolean transposeA, boolean transposeB) {
        String describe() {
            return String.format(Locale.ROOT, "%s: [%d×%d]%s · [%d×%d]%s", what, m, k, transposeA ? " (Aᵀ)" : "",
                    k, n, transposeB ? " (Bᵀ)" : "");
        }
    }

    static final Product[] PRODUCTS = {
        new Product("a batch's logits X·W", 256, 785, 10, false, false),
        new Product("a weight step Xᵀ·G", 785, 256, 10, true, false),
        new Product("a hidden layer X·W₁", 67, 300, 45, false, false),
        new Product("the MLP's G·W₂ᵀ", 67, 45, 130, false, true),
        new Product("a small product", 5, 7, 3, false, false),
    };

    private static final double ALPHA = -0.5;

    private GemmCheck() {
    }

    /** Throws {@link WrongGemmException} naming {@code kernels} if any product is wrong. */
    static void verify(Gemm gemm, String kernels) {
        for (Product product : PRODUCTS) {
            Optional<String> wrong = check(gemm, product);
            if (wrong.isPresent()) {
                throw new WrongGemmException(kernels, wrong.get());
            }
        }
    }

    /** Where {@code product} comes out wrong, or empty if every entry is exact. */
    static Optional<String> check(Gemm gemm, Product p) {
        float[] a = integers(p.m() * p.k(), 37, 11, 17);
        float[] b = integers(p.k() * p.n(), 53, 5, 13);
        float[] c = integers(p.m() * p.n(), 29, 3, 11);
        INDArray arrayA = Nd4j.create(a.clone(), p.transposeA() ? new long[] {p.k(), p.m()} : new long[] {p.m(), p.k()}, 'c');
        INDArray arrayB = Nd4j.create(b.clone(), p.transposeB() ? new long[] {p.n(), p.k()} : new long[] {p.k(), p.n()}, 'c');
        INDArray arrayC = Nd4j.create(c.clone(), new long[] {p.m(), p.n()}, 'c');
        gemm.multiply(arrayA, arrayB, arrayC, p.transposeA(), p.transposeB(), ALPHA, 1.0);
        float[] got = new float[p.m() * p.n()];
        HostAccess.read(arrayC).get(0, got);
        for (int i = 0; i < p.m(); i++) {
            for (int j = 0; j < p.n(); j++) {
                long sum = 0;
                for (int l = 0; l < p.k(); l++) {
                    float x = p.transposeA() ? a[l * p.m() + i] : a[i * p.k() + l];
                    float y = p.transposeB() ? b[j * p.k() + l] : b[l * p.n() + j];
                    sum += (long) x * (long) y;
                }
                float expected = (float) (ALPHA * sum + c[i * p.n() + j]);
                float actual = got[i * p.n() + j];
                if (!(actual == expected)) { // NaN too
                    return Optional.of(String.format(Locale.ROOT, "%s gave C[%d,%d] = %s instead of %s", p.describe(),
                            i, j, actual, expected));
                }
            }
        }
        return Optional.empty();
    }

    /** Small integers in [−range/2, range/2], varied along the array (exact in float). */
    private static float[] integers(int length, int stride, int offset, int range) {
        float[] values = new float[length];
        for (int i = 0; i < length; i++) {
            values[i] = (int) (((long) i * stride + offset) % range) - range / 2;
        }
        return values;
    }
}
