package org.softmaxlab.ui.numerics;

/**
 * One line of the reasons under the numerics table: where special values occur and why.
 *
 * @param where      "float32 · naive softmax · classes 0, 1, 2"
 * @param reason     how the values arose
 * @param styleClass the highlight of those values, to repeat as a swatch
 */
public record ReasonLine(String where, String reason, String styleClass) {
}
