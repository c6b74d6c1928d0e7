package org.softmaxlab.ui.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.softmaxlab.data.DatasetDownloadException;
import org.softmaxlab.data.DatasetException;
import org.softmaxlab.data.DatasetFolderException;
import org.softmaxlab.data.DatasetLocation;
import org.softmaxlab.data.DatasetNotFoundException;
import org.softmaxlab.data.DatasetSource;
import org.softmaxlab.data.FolderProblem;
import org.softmaxlab.data.SearchedPlace;
import org.softmaxlab.train.WrongGemmException;
import org.softmaxlab.ui.EnglishBundle;
import org.softmaxlab.ui.Language;
import org.softmaxlab.ui.Messages;

/** Where the data set was looked for and what is wrong with a folder, in the window's language. */
@Tag("locale")
class DataProblemTextTest {

    private static final Path CACHE = Path.of("/home/ada/.cache/softmaxlab/fashion-mnist");
    private static final Path SYSTEM = Path.of("/usr/share/datasets/fashion-mnist");
    private static final DatasetNotFoundException NOT_FOUND = new DatasetNotFoundException(List.of(
            new SearchedPlace(new DatasetLocation(DatasetSource.CACHE, CACHE),
                    FolderProblem.of(FolderProblem.Kind.NO_SUCH_FOLDER)),
            new SearchedPlace(new DatasetLocation(DatasetSource.SYSTEM, SYSTEM),
                    new FolderProblem(FolderProblem.Kind.MISSING_FILES,
                            List.of("train-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz")))),
            "Fashion-MNIST was not found (the English of the command line)");

    @AfterEach
    void english() {
        Messages.setLanguage(Language.ENGLISH);
    }

    @Test
    void theEnglishBundleNamesPlacesAndProblemsAsTheDataLayerDoes() {
        EnglishBundle.assertHoldsEach(DatasetSource.class, "loading.source.", DatasetSource::description);
        EnglishBundle.assertHoldsEach(FolderProblem.Kind.class, "loading.folder.", FolderProblem.Kind::pattern);
    }

    @Test
    void everyKindOfDownloadFailureIsSaidInWordsInBothLanguages() {
        for (Language language : List.of(Language.ENGLISH, Language.SIMPLIFIED_CHINESE)) {
            Messages.setLanguage(language);
            for (DatasetDownloadException.Kind kind : DatasetDownloadException.Kind.values()) {
                String text = DataProblemText.ofDownload(new DatasetDownloadException(kind, "t10k-labels-idx1-ubyte.gz",
                        "mirror.example", "DETAIL"), NOT_FOUND);
                assertFalse(text.contains("{"), kind + ": " + text);
                assertTrue(text.contains(kind == DatasetDownloadException.Kind.NO_SUCH_HOST
                        || kind == DatasetDownloadException.Kind.REFUSED ? "mirror.example" : "t10k-labels-idx1-ubyte.gz"),
                        kind + ": " + text);
                assertTrue(text.endsWith(DataProblemText.of(NOT_FOUND)), "the places looked stay: " + text);
            }
        }
    }

    @Test
    void aWrongMatrixProductStopsTheWindowInEitherLanguage() {
        WrongGemmException wrong = new WrongGemmException("OpenBLAS 0.3.19 Barcelona", "a small product gave C[0,0] = 1.0 instead of 2.0");
        String english = DataProblemText.of(wrong);
        assertTrue(english.startsWith("OpenBLAS 0.3.19 Barcelona multiplied matrices wrongly on this computer (a small"
                + " product gave C[0,0] = 1.0 instead of 2.0). SoftmaxLab stops here"), english);
        Messages.setLanguage(Language.SIMPLIFIED_CHINESE);
        String chinese = DataProblemText.of(wrong);
        assertTrue(chinese.startsWith("OpenBLAS 0.3.19 Barcelona 在这台电脑上算错了矩阵乘法") && chinese.contains("OPENBLAS_CORETYPE=Haswell"),
                chinese);
    }

    @Test
    void notFoundListsThePlacesSearched() {
        assertEquals(String.join("\n", "Fashion-MNIST was not found. SoftmaxLab looked in:",
                "- SoftmaxLab's download cache: " + CACHE + " — no such folder",
                "- the system package (dataset-fashion-mnist): " + SYSTEM
                        + " — missing train-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz (gzipped or not)"),
                DataProblemText.of(NOT_FOUND));

        Messages.setLanguage(Language.SIMPLIFIED_CHINESE);
        assertEquals(String.join("\n", "没有找到 Fashion-MNIST。SoftmaxLab 查找过以下位置：",
                "- SoftmaxLab 的下载缓存：" + CACHE + " — 文件夹不存在",
                "- 系统软件包（dataset-fashion-mnist）：" + SYSTEM
                        + " — 缺少 train-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz（压缩或未压缩均可）"),
                DataProblemText.of(NOT_FOUND));
    }

    @Test
    void aChosenFolderThatCannotBeUsedAndACorruptFileAreSaidInChinese() {
        Messages.setLanguage(Language.SIMPLIFIED_CHINESE);
        Path chosen = Path.of("/media/usb/fmnist");
        assertEquals("无法使用文件夹 " + chosen + "：四个文件一个也没有。", DataProblemText.of(
                new DatasetFolderException(chosen, FolderProblem.of(FolderProblem.Kind.NO_FILES))));
        // The reader's own diagnosis names the file and the byte counts; it stays as it is, inside a Chinese sentence.
        assertEquals("无法读取 Fashion-MNIST 文件：train-images-idx3-ubyte.gz: truncated: header needs 16 bytes, file has 10",
                DataProblemText.of(new DatasetException(
                        "train-images-idx3-ubyte.gz: truncated: header needs 16 bytes, file has 10")));
        assertEquals("下载失败：train-images-idx3-ubyte.gz: download failed: HTTP 404 from example.org",
                DataProblemText.ofDownload(new DatasetException(
                        "train-images-idx3-ubyte.gz: download failed: HTTP 404 from example.org"), null));
    }
}
