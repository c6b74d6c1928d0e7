package org.softmaxlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softmaxlab.ui.LanguageBundlesTest.arguments;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.softmaxlab.data.DatasetSource;
import org.softmaxlab.data.FolderProblem;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.math.NumericReason;
import org.softmaxlab.math.NumericsPreset;
import org.softmaxlab.math.Precision;
import org.softmaxlab.math.SoftmaxVariant;
import org.softmaxlab.session.ModelFileException;
import org.softmaxlab.session.ParameterProblem;
import org.softmaxlab.session.RunLabel;
import org.softmaxlab.session.SettingsNotice;
import org.softmaxlab.train.Divergence;

/** The Simplified Chinese bundle stays a faithful subset of the English one. */
@Tag("locale")
class TranslationTest {


    private final ResourceBundle english = ResourceBundle.getBundle(Resources.MESSAGES, Locale.ROOT);
    /** The Chinese file alone, without the English parent the bundle lookup would chain to it. */
    private final ResourceBundle chinese = read(Resources.ROOT + "messages_zh_CN.properties");

    private static ResourceBundle read(String path) {
        try (Reader reader = new InputStreamReader(Resources.url(path).openStream(), StandardCharsets.UTF_8)) {
            return new PropertyResourceBundle(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyTranslatedKeyExistsInEnglishAndTakesNoOtherArguments() {
        List<String> problems = new ArrayList<>();
        for (String key : chinese.keySet()) {
            if (!english.containsKey(key)) {
                problems.add(key + ": not in messages.properties");
                continue;
            }
            String zh = chinese.getString(key);
            if (!arguments(english.getString(key)).containsAll(arguments(zh))) {
                problems.add(key + ": arguments " + arguments(zh) + " not all in " + arguments(english.getString(key)));
            }
            if (zh.contains("{")) {
                new MessageFormat(zh, Locale.SIMPLIFIED_CHINESE); // throws on a broken pattern
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void keysBuiltFromEnumsAndPresetsExist() {
        for (ResourceBundle bundle : List.of(english, chinese)) {
            for (LossFormula formula : LossFormula.values()) {
                bundle.getString("settings.loss." + formula.id());
                bundle.getString("runs.label.loss." + formula.id());
            }
            hasKeys(bundle, "model.open.problem.", ModelFileException.Problem.class);
            hasKeys(bundle, "model.parameters.", ParameterProblem.Kind.class);
            hasKeys(bundle, "settings.notice.", SettingsNotice.Problem.class);
            hasKeys(bundle, "settings.notice.aside.", SettingsNotice.Aside.class, SettingsNotice.Aside.LEFT_IN_PLACE);
            hasKeys(bundle, "loading.source.", DatasetSource.class);
            hasKeys(bundle, "loading.folder.", FolderProblem.Kind.class);
            hasKeys(bundle, "runs.label.", RunLabel.Setting.class);
            hasKeys(bundle, "outcome.diverged.", Divergence.Symptom.class);
            hasKeys(bundle, "outcome.cause.", Divergence.Cause.class, Divergence.Cause.UNKNOWN);
            hasKeys(bundle, "outcome.advice.", Divergence.Advice.class);
            hasKeys(bundle, "numerics.precision.", Precision.class);
            hasKeys(bundle, "numerics.variant.", SoftmaxVariant.class);
            hasKeys(bundle, "numerics.head.", SoftmaxVariant.class);
            hasKeys(bundle, "numerics.formula.", SoftmaxVariant.class);
            for (NumericsPreset preset : NumericsPreset.ALL) {
                bundle.getString("numerics.preset." + preset.id());
            }
            hasKeys(bundle, "numerics.why.", NumericReason.Code.class, NumericReason.Code.NONE);
        }
    }

    /** Gets the text of every constant of {@code type} but those {@code except}ed, under {@code prefix + name()}. */
    @SafeVarargs
    private static <E extends Enum<E>> void hasKeys(ResourceBundle bundle, String prefix, Class<E> type, E... except) {
        Set<E> constants = EnumSet.allOf(type);
        List.of(except).forEach(constants::remove);
        for (E constant : constants) {
            bundle.getString(prefix + constant.name()); // throws MissingResourceException, naming the key
        }
    }
}
