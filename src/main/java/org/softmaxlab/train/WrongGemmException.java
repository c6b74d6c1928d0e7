package org.softmaxlab.train;

/**
 * The BLAS computed a wrong matrix product in the start-up check ({@link GemmCheck}): SoftmaxLab
 * stops rather than train on wrong numbers. Old OpenBLAS builds are known to pick broken or crashing
 * kernels on CPUs newer than themselves.
 */
public final class WrongGemmException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String kernels;
    private final String detail;

    public WrongGemmException(String kernels, String detail) {
        super(kernels + " computed a wrong matrix product on this computer (" + detail
                + "). SoftmaxLab stops rather than train on wrong numbers. Try another kernel set: start it with the"
                + " environment variable " + BlasKernels.CORETYPE_VARIABLE + "=Haswell (or SandyBridge, Nehalem on"
                + " older processors), and please report this processor.");
        this.kernels = kernels;
        this.detail = detail;
    }

    /** The BLAS and its kernels, as {@link BlasKernels#describe()} says. */
    public String kernels() {
        return kernels;
    }

    /** Which product was wrong, where, and by how much (English: what someone helping needs). */
    public String detail() {
        return detail;
    }
}
