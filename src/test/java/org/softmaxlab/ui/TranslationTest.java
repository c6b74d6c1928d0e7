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
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
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
            for (ModelFileException.Problem problem : ModelFileException.Problem.values()) {
                bundle.getString("model.open.problem." + problem.name());
            }
            for (ParameterProblem.Kind kind : ParameterProblem.Kind.values()) {
                bundle.getString("model.parameters." + kind.name());
            }
            for (SettingsNotice.Problem problem : SettingsNotice.Problem.values()) {
                bundle.getString("settings.notice." + problem.name());
            }
            for (SettingsNotice.Aside aside : SettingsNotice.Aside.values()) {
                if (aside != SettingsNotice.Aside.LEFT_IN_PLACE) {
                    bundle.getString("settings.notice.aside." + aside.name());
                }
            }
            for (DatasetSource source : DatasetSource.values()) {
                bundle.getString("loading.source." + source.name());
            }
            for (FolderProblem.Kind kind : FolderProblem.Kind.values()) {
                bundle.getString("loading.folder." + kind.name());
            }
            for (RunLabel.Setting setting : RunLabel.Setting.values()) {
                bundle.getString("runs.label." + setting.name());
            }
            for (Divergence.Symptom symptom : Divergence.Symptom.values()) {
                bundle.getString("outcome.diverged." + symptom.name());
            }
            for (Divergence.Cause cause : Divergence.Cause.values()) {
                if (cause != Divergence.Cause.UNKNOWN) {
                    bundle.getString("outcome.cause." + cause.name());
                }
            }
            for (Divergence.Advice advice : Divergence.Advice.values()) {
                bundle.getString("outcome.advice." + advice.name());
            }
            for (Precision precision : Precision.values()) {
                bundle.getString("numerics.precision." + precision.name());
            }
            for (SoftmaxVariant variant : SoftmaxVariant.values()) {
                bundle.getString("numerics.variant." + variant.name());
                bundle.getString("numerics.head." + variant.name());
                bundle.getString("numerics.formula." + variant.name());
            }
            for (NumericsPreset preset : NumericsPreset.ALL) {
                bundle.getString("numerics.preset." + preset.id());
            }
            for (NumericReason.Code code : NumericReason.Code.values()) {
                if (code != NumericReason.Code.NONE) {
                    bundle.getString("numerics.why." + code.name());
                }
            }
        }
    }
}
