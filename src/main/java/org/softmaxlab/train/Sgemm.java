package org.softmaxlab.train;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * C = α·op(A)·op(B) + β·C for the trainer's matrices, as {@code Nd4j.gemm} computes it but with one
 * JNI call: on the CPU backend, straight to the CBLAS {@code sgemm} of the OpenBLAS that ND4J itself
 * calls, on the arrays' own memory.
 *
 * <p>{@code Nd4j.gemm} builds a matmul op, its context and shape buffers around the same
 * {@code cblas_sgemm} each time; for softmax regression's [256 × 785]·[785 × 10] that wrapping cost
 * twice the product itself (measured, docs/measurements.md). The result is the same to the bit: the
 * same routine with the same arguments (GemmCheckTest compares both). Anything else (another
 * backend, a view, another type) goes through {@code Nd4j.gemm}.
 */
final class Sgemm {

    private static final boolean CPU = "CPU".equals(Nd4jRuntime.backendName());

    private Sgemm() {
    }

    /** As {@code Nd4j.gemm(a, b, c, transposeA, transposeB, alpha, beta)}. */
    static void multiply(INDArray a, INDArray b, INDArray c, boolean transposeA, boolean transposeB, double alpha,
                         double beta) {
        if (!(CPU && isPlain(a) && isPlain(b) && isPlain(c))) {
            Nd4j.gemm(a, b, c, transposeA, transposeB, alpha, beta);
            return;
        }
        long m = c.rows();
        long n = c.columns();
        long k = transposeA ? a.rows() : a.columns();
        if ((transposeA ? a.columns() : a.rows()) != m || (transposeB ? b.columns() : b.rows()) != k
                || (transposeB ? b.rows() : b.columns()) != n) {
            throw new IllegalArgumentException("cannot multiply " + a.shapeInfoToString() + (transposeA ? "ᵀ" : "")
                    + " by " + b.shapeInfoToString() + (transposeB ? "ᵀ" : "") + " into " + c.shapeInfoToString());
        }
        openblas_nolapack.cblas_sgemm(CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans,
                transposeB ? CblasTrans : CblasNoTrans, (int) m, (int) n, (int) k, (float) alpha, memory(a),
                (int) a.columns(), memory(b), (int) b.columns(), (float) beta, memory(c), (int) c.columns());
    }

    /** A whole row-major float matrix of its own (no view): its memory is the matrix. */
    private static boolean isPlain(INDArray x) {
        return x.rank() == 2 && x.dataType() == DataType.FLOAT && x.ordering() == 'c' && !x.isView()
                && x.elementWiseStride() == 1;
    }

    private static FloatPointer memory(INDArray x) {
        return (FloatPointer) x.data().addressPointer();
    }
}
