package org.softmaxlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The start-up gemm check: passes ND4J's products here, and catches each kind of wrong kernel. */
class GemmCheckTest {

    @Test
    void everyProductOfThisMachinesBlasIsExact() {
        for (GemmCheck.Product product : GemmCheck.PRODUCTS) {
            assertEquals(Optional.empty(), GemmCheck.check(GemmCheck.ND4J, product), product.describe());
        }
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
