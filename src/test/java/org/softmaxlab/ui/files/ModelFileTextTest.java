package org.softmaxlab.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.session.ModelFile;
import org.softmaxlab.session.ModelFileException;
import org.softmaxlab.session.ParameterProblem;
import org.softmaxlab.session.SavedModel;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.ui.EnglishBundle;
import org.softmaxlab.ui.Language;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Resources;

/** The window explains a refused model file in its language; in English exactly as the exception does. */
@Tag("locale")
class ModelFileTextTest {

    @TempDir
    Path dir;

    @AfterEach
    void english() {
        Messages.setLanguage(Language.ENGLISH);
    }

    @Test
    void theEnglishBundleHoldsTheExceptionsOwnPatterns() {
        ResourceBundle english = Resources.messages(Locale.ROOT);
        assertEquals(ModelFileException.MESSAGE, english.getString("model.open.detail"));
        EnglishBundle.assertHoldsEach(ModelFileException.Problem.class, "model.open.problem.",
                ModelFileException.Problem::pattern);
        EnglishBundle.assertHoldsEach(ParameterProblem.Kind.class, "model.parameters.", ParameterProblem.Kind::pattern);
        assertEquals(SavedModel.REFUSED, english.getString("model.save.refused.count"));
        assertEquals(SavedModel.REFUSED_DIVERGED, english.getString("model.save.refused.diverged"));
    }

    /** Files refused for several problems, each with the values its explanation names. */
    private List<ModelFileException> refusals() throws IOException {
        Path good = dir.resolve("good.smlab");
        ModelFile.write(good, new SavedModel(TrainConfig.DEFAULTS, List.of(), new float[SavedModel.PARAMETER_COUNT]));
        byte[] bytes = Files.readAllBytes(good);
        byte[] flipped = bytes.clone();
        flipped[bytes.length / 2] ^= 0x40;
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 3);
        List<Path> bad = List.of(Files.write(dir.resolve("damaged.smlab"), flipped),
                Files.write(dir.resolve("cut.smlab"), Arrays.copyOf(bytes, bytes.length - 100)),
                Files.write(dir.resolve("header.smlab"), Arrays.copyOf(bytes, 10)),
                Files.write(dir.resolve("longer.smlab"), longer),
                Files.writeString(dir.resolve("notes.smlab"), "hello"),
                Files.write(dir.resolve("empty.smlab"), new byte[0]),
                dir.resolve("gone.smlab"), dir);
        return bad.stream().map(file -> assertThrows(ModelFileException.class, () -> ModelFile.read(file))).toList();
    }

    @Test
    void inEnglishTheWindowSaysWhatTheExceptionSays() throws IOException {
        List<ModelFileException> refusals = refusals();
        assertEquals(List.of(ModelFileException.Problem.BODY_CHECKSUM, ModelFileException.Problem.TRUNCATED_BODY,
                ModelFileException.Problem.TRUNCATED_HEADER, ModelFileException.Problem.TRAILING_BYTES,
                ModelFileException.Problem.FOREIGN, ModelFileException.Problem.EMPTY,
                ModelFileException.Problem.NO_SUCH_FILE, ModelFileException.Problem.FOLDER),
                refusals.stream().map(ModelFileException::problem).toList());
        for (ModelFileException e : refusals) {
            assertEquals(e.getMessage(), ModelFileText.detail(e));
        }
        float[] diverged = new float[SavedModel.PARAMETER_COUNT];
        diverged[7849] = Float.NaN;
        for (ParameterProblem problem : List.of(SavedModel.whyNotSavable(ModelSpec.SOFTMAX, diverged).orElseThrow(),
                SavedModel.whyNotSavable(ModelSpec.SOFTMAX, new float[12]).orElseThrow())) {
            assertEquals(SavedModel.refusal(problem), ModelFileText.refusal(problem));
        }
    }

    @Test
    void inChineseTheExplanationIsChineseAndTheClassIsNamedInChinese() throws IOException {
        List<ModelFileException> refusals = refusals();
        Messages.setLanguage(Language.SIMPLIFIED_CHINESE);
        assertEquals("无法打开“cut.smlab”：文件不完整：应有 31,587 字节，实际只有 31,487 字节。可能是复制或下载没有完成；"
                + "请从原文件重新复制。", ModelFileText.detail(refusals.get(1)));
        for (ModelFileException e : refusals) {
            String text = ModelFileText.detail(e);
            assertEquals(text, text.replaceAll("[A-Za-z]+ [a-z]+ [a-z]+", "?"), "no English sentence: " + text);
        }
        float[] diverged = new float[SavedModel.PARAMETER_COUNT];
        diverged[7849] = Float.NaN;
        assertEquals("无法保存此模型：7,850 个参数中有 1 个不是有限数（NaN 或 ±∞），第一个是类别 9（短靴）的偏置。训练已发散；"
                + "请用更小的学习率重新训练，然后再保存。", ModelFileText.refusal(SavedModel.whyNotSavable(ModelSpec.SOFTMAX, diverged).orElseThrow()));
        assertEquals("无法保存此模型：它有 12 个参数，而 SoftmaxLab 模型有 7,850 个（10 个类别各有 784 个像素的权重和一个偏置）。",
                ModelFileText.refusal(SavedModel.whyNotSavable(ModelSpec.SOFTMAX, new float[12]).orElseThrow()));
    }
}
