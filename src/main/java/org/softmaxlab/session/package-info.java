/**
 * What a classroom session keeps beyond one run: saved models ({@link org.softmaxlab.session.ModelFile}),
 * the user's settings ({@link org.softmaxlab.session.SettingsStore}), the runs compared side by side
 * ({@link org.softmaxlab.session.RunHistory}) and their export ({@link org.softmaxlab.session.RunsCsv}).
 *
 * <p>Plain Java on top of {@code train}'s records: no JavaFX and no ND4J, so the GUI's view-models and
 * the tests use it without a screen or native libraries. Files are written through
 * {@link org.softmaxlab.io.AtomicFiles} and validated when read.
 */
package org.softmaxlab.session;
