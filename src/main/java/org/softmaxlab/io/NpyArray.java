package org.softmaxlab.io;

import java.util.Arrays;
import java.util.Objects;

/**
 * One NumPy array as SoftmaxLab uses it: float32 values in C (row-major) order and a shape.
 *
 * @param shape  the dimensions, e.g. [10, 784]; empty for a scalar
 * @param values the elements, row-major; as many as the shape's product
 */
public record NpyArray(int[] shape, float[] values) {

    public NpyArray {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(values, "values");
        if (elementCount(shape) != values.length) {
            throw new IllegalArgumentException("shape " + describe(shape) + " holds " + elementCount(shape)
                    + " values, not " + values.length);
        }
        shape = shape.clone();
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    /** The shape as Python writes a tuple: (10, 784), (10,), (). */
    public static String describe(int[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            text.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return text.append(')').toString();
    }

    /** The number of elements of {@code shape}, or -1 if it does not fit an int. */
    static long elementCount(int[] shape) {
        long count = 1;
        for (int dimension : shape) {
            count *= dimension;
            if (dimension < 0 || count > Integer.MAX_VALUE) {
                return -1;
            }
        }
        return count;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NpyArray that && Arrays.equals(shape, that.shape) && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "NpyArray" + describe(shape);
    }
}
