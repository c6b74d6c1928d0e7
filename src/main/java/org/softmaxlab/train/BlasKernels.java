package org.softmaxlab.train;

import java.util.Locale;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * The BLAS that ND4J's CPU backend multiplies matrices with, and which of its kernel sets runs on
 * this CPU: what the status bar, {@code bench} and {@code --version} show, so that a slow generic
 * fallback is never silent.
 *
 * <p>OpenBLAS built with DYNAMIC_ARCH picks a kernel set ("core type") from the CPU's identity when it
 * is loaded, unless {@code OPENBLAS_CORETYPE} names one. Its {@code openblas_get_corename} is not in
 * JavaCPP's binding, so the core is found the way OpenBLAS itself names it: the exported pointer
 * {@code gotoblas} points at one of the exported {@code gotoblas_<CORE>} tables.
 *
 * @param library  e.g. "OpenBLAS 0.3.30"; "cuBLAS" on the CUDA backend
 * @param core     the kernel set, e.g. "Cooperlake", or null if the library does not say
 * @param forced   true when {@code OPENBLAS_CORETYPE} chose the core rather than the CPU's identity
 */
public record BlasKernels(String library, String core, boolean forced) {

    /** Environment variable with which OpenBLAS takes a core type instead of detecting one. */
    public static final String CORETYPE_VARIABLE = "OPENBLAS_CORETYPE";

    /**
     * The kernel tables of OpenBLAS's DYNAMIC_ARCH builds for x86-64 and 64-bit ARM, under the names
     * {@code openblas_get_corename} gives them.
     */
    private static final String[] CORES = {
        "Prescott", "Core2", "Penryn", "Dunnington", "Nehalem", "Atom", "Nano", "SandyBridge", "Haswell",
        "SkylakeX", "Cooperlake", "SapphireRapids", "Opteron", "Opteron_SSE3", "Barcelona", "Bobcat",
        "Bulldozer", "Piledriver", "Steamroller", "Excavator", "Zen", "Katmai", "Coppermine", "Northwood",
        "Banias", "Athlon",
        "ARMV8", "CortexA53", "CortexA55", "CortexA57", "CortexA72", "CortexA73", "CortexA76", "CortexA510",
        "CortexA710", "CortexX1", "CortexX2", "NeoverseN1", "NeoverseN2", "NeoverseV1", "NeoverseV2",
        "ThunderX", "ThunderX2T99", "ThunderX3T110", "TSV110", "EMAG8180", "Falkor", "A64FX", "ARMV8SVE",
        "Vortex",
    };

    /** What {@code library} and {@code core} say, e.g. "OpenBLAS 0.3.30 Cooperlake". */
    public String describe() {
        String text = core == null ? library : library + " " + core;
        return forced ? text + " (" + CORETYPE_VARIABLE + ")" : text;
    }

    /** The kernels of the BLAS that ND4J's {@code backend} multiplies with. */
    static BlasKernels detect(String backend) {
        return "CPU".equals(backend) ? openBlas() : new BlasKernels("cuBLAS", null, false);
    }

    /**
     * The kernels OpenBLAS picks on this CPU, loading only OpenBLAS (a fraction of a second, not ND4J's
     * seconds): for {@code --version}. Not checked; {@link Nd4jRuntime#kernels()} is.
     */
    public static BlasKernels openBlas() {
        Loader.load(openblas_nolapack.class);
        return new BlasKernels("OpenBLAS " + version(), loadedCore(), isForced(System.getenv(CORETYPE_VARIABLE)));
    }

    static boolean isForced(String coretype) {
        return coretype != null && !coretype.isBlank();
    }

    /** "0.3.30" from the binding's version "0.3.30-1.5.12". */
    private static String version() {
        String v = openblas_nolapack.class.getPackage().getImplementationVersion();
        if (v == null) {
            return "";
        }
        int dash = v.indexOf('-');
        return dash < 0 ? v : v.substring(0, dash);
    }

    /** The core whose table {@code gotoblas} points at, or null (a build for one CPU, or not exported). */
    private static String loadedCore() {
        Pointer current = Loader.addressof("gotoblas");
        if (current == null) {
            return null;
        }
        long table = new PointerPointer<Pointer>(current).get(0).address();
        for (String core : CORES) {
            Pointer candidate = Loader.addressof("gotoblas_" + core.toUpperCase(Locale.ROOT));
            if (candidate != null && candidate.address() == table) {
                return core;
            }
        }
        return null;
    }
}
