package org.softmaxlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The start-up gemm check: passes ND4J's products here, and catches each kind of wrong kernel. */
class GemmCheckTest {

    @Test
    void everyProductOfThisMachinesBlasIsExact() {
        for (GemmCheck.Product product : GemmCheck.PRODUCTS) {
            assertEquals(Optional.empty(), GemmCheck.check(GemmCheck.TRAINING, product), product.describe());
            assertEquals(Optional.empty(), GemmCheck.check(GemmCheck.ND4J, product), product.describe());
        }
    }

    /**
     * Training's direct sgemm is ND4J's gemm to the bit, on real-valued (inexact) products of every shape
     * and transpose training uses, with α and β as the weight steps pass them: the numerics are unchanged.
     */
    @Test
    void trainingsSgemmIsNd4jsGemmToTheBit() {
        int[][] shapes = {{256, 785, 10}, {785, 256, 10}, {256, 785, 256}, {256, 256, 10}, {256, 10, 256},
            {256, 256, 10}, {785, 256, 256}, {10_000, 785, 10}, {96, 785, 10}};
        boolean[][] transposes = {{false, false}, {true, false}, {false, false}, {false, false}, {false, true},
            {true, false}, {true, false}, {false, false}, {false, false}};
        for (int i = 0; i < shapes.length; i++) {
            int m = shapes[i][0];
            int k = shapes[i][1];
            int n = shapes[i][2];
            boolean ta = transposes[i][0];
            boolean tb = transposes[i][1];
            INDArray a = Nd4j.rand(DataType.FLOAT, ta ? k : m, ta ? m : k);
            INDArray b = Nd4j.rand(DataType.FLOAT, tb ? n : k, tb ? k : n);
            INDArray c = Nd4j.rand(DataType.FLOAT, m, n);
            INDArray viaNd4j = c.dup();
            INDArray viaSgemm = c.dup();
            double alpha = i % 2 == 0 ? 1.0 : -0.1 / 256;
            double beta = i % 2 == 0 ? 0.0 : 1.0;
            GemmCheck.ND4J.multiply(a, b, viaNd4j, ta, tb, alpha, beta);
            Sgemm.multiply(a, b, viaSgemm, ta, tb, alpha, beta);
            assertArrayEquals(viaNd4j.data().asFloat(), viaSgemm.data().asFloat(), 0f, m + "×" + k + "×" + n);
        }
    }

    @Test
    void sgemmRefusesShapesThatDoNotMultiply() {
        INDArray a = Nd4j.create(DataType.FLOAT, 4, 3);
        INDArray c = Nd4j.create(DataType.FLOAT, 4, 2);
        assertThrows(IllegalArgumentException.class, () -> Sgemm.multiply(a, Nd4j.create(DataType.FLOAT, 4, 2), c, false,
                false, 1, 0));
    }

    @Test
    void aKernelWrongInOneEntryIsCaughtWithItsPlace() {
        // A kernel whose edge case is off: the last entry of each product is one too large.
        GemmCheck.Gemm edgeBug = (a, b, c, ta, tb, alpha, beta) -> {
            GemmCheck.ND4J.multiply(a, b, c, ta, tb, alpha, beta);
            long rows = c.rows();
            long columns = c.columns();
            c.putScalar(rows - 1, columns - 1, c.getFloat(rows - 1, columns - 1) + 1);
        };
        GemmCheck.Product logits = GemmCheck.PRODUCTS[0];
        String problem = GemmCheck.check(edgeBug, logits).orElseThrow();
        assertTrue(problem.startsWith("a batch's logits X·W: [256×785] · [785×10] gave C[255,9] = "), problem);
    }

    @Test
    void aKernelThatLosesTheSignOfAlphaIsCaught() {
        GemmCheck.Gemm signBug = (a, b, c, ta, tb, alpha, beta) -> GemmCheck.ND4J.multiply(a, b, c, ta, tb,
                Math.abs(alpha), beta);
        for (GemmCheck.Product product : GemmCheck.PRODUCTS) {
            assertTrue(GemmCheck.check(signBug, product).isPresent(), product.describe());
        }
    }

    @Test
    void aKernelThatIgnoresBetaIsCaught() {
        GemmCheck.Gemm betaBug = (a, b, c, ta, tb, alpha, beta) -> GemmCheck.ND4J.multiply(a, b, c, ta, tb, alpha, 0);
        assertTrue(GemmCheck.check(betaBug, GemmCheck.PRODUCTS[1]).isPresent());
    }

    @Test
    void aNaNIsWrong() {
        GemmCheck.Gemm nanBug = (a, b, c, ta, tb, alpha, beta) -> {
            GemmCheck.ND4J.multiply(a, b, c, ta, tb, alpha, beta);
            c.putScalar(0, 0, Float.NaN);
        };
        String problem = GemmCheck.check(nanBug, GemmCheck.PRODUCTS[4]).orElseThrow();
        assertTrue(problem.contains("C[0,0] = NaN"), problem);
    }

    @Test
    void verifyFailsLoudlyNamingTheKernelsAndTheWrongProduct() {
        GemmCheck.Gemm zeros = (INDArray a, INDArray b, INDArray c, boolean ta, boolean tb, double alpha,
                                double beta) -> c.assign(0);
        WrongGemmException e = assertThrows(WrongGemmException.class,
                () -> GemmCheck.verify(zeros, "OpenBLAS 0.3.19 Barcelona"));
        assertEquals("OpenBLAS 0.3.19 Barcelona", e.kernels());
        assertTrue(e.detail().startsWith("a batch's logits X·W"), e.detail());
        assertTrue(e.getMessage().contains("stops rather than train on wrong numbers")
                && e.getMessage().contains("OPENBLAS_CORETYPE="), e.getMessage());
    }

    @Test
    void theRuntimeCheckedAndNamesItsKernels() {
        BlasKernels kernels = Nd4jRuntime.kernels();
        assertTrue(kernels.library().startsWith("OpenBLAS 0."), kernels.library());
        assertEquals(BlasKernels.isForced(System.getenv(BlasKernels.CORETYPE_VARIABLE)), kernels.forced());
        assertTrue(Nd4jRuntime.backendLabel().startsWith("CPU · OpenBLAS 0."), Nd4jRuntime.backendLabel());
    }

    @Test
    void describeSaysWhenTheEnvironmentChoseTheCore() {
        assertEquals("OpenBLAS 0.3.30 Cooperlake", new BlasKernels("OpenBLAS 0.3.30", "Cooperlake", false).describe());
        assertEquals("OpenBLAS 0.3.30 Haswell (OPENBLAS_CORETYPE)",
                new BlasKernels("OpenBLAS 0.3.30", "Haswell", true).describe());
        assertEquals("cuBLAS", new BlasKernels("cuBLAS", null, false).describe());
        assertTrue(!BlasKernels.isForced(" ") && !BlasKernels.isForced(null) && BlasKernels.isForced("Haswell"));
    }
}
