package org.softmaxlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.softmaxlab.data.AppDirectories;
import org.softmaxlab.data.DatasetException;
import org.softmaxlab.data.DatasetLocation;
import org.softmaxlab.data.DatasetLocator;
import org.softmaxlab.data.IdxFolder;
import org.softmaxlab.data.MnistFamily;
import picocli.CommandLine.Command;

/** {@code softmaxlab datasets}: the data sets known by name, where each is (or that it is not yet), and cached image folders. */
@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = {"List the data sets known by name and what SoftmaxLab has cached.",
            "Any folder of four IDX files or of images (one sub-folder per class) works as well: --dataset DIR."})
public final class DatasetsCommand implements Callable<Integer> {

    private final PrintStream out;
    AppDirectories directories = AppDirectories.forCurrentUser();
    DatasetLocator fashionLocator = DatasetLocator.forCurrentUser();

    public DatasetsCommand() {
        this(System.out);
    }

    DatasetsCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws DatasetException {
        for (MnistFamily member : MnistFamily.values()) {
            out.printf(Locale.ROOT, "%-14s %-16s %s%n", member.id(), member.displayName(), where(member));
        }
        Path folders = directories.cacheDir().resolve("image-folders");
        long cached = 0;
        if (Files.isDirectory(folders)) {
            try (Stream<Path> entries = Files.list(folders)) {
                cached = entries.filter(e -> Files.isRegularFile(e.resolve("data.bin"))).count();
            } catch (IOException e) {
                cached = 0;
            }
        }
        out.printf(Locale.ROOT, "image folders  %,d cached in %s%n", cached, folders);
        out.flush();
        return ExitCode.DONE;
    }

    private String where(MnistFamily member) throws DatasetException {
        if (member == MnistFamily.FASHION_MNIST) {
            Optional<DatasetLocation> found = fashionLocator.find();
            return found.map(l -> "found: " + l).orElse("not found; downloaded on first use into "
                    + directories.datasetCacheDir());
        }
        Path cache = member.cacheFolder(directories);
        return IdxFolder.holdsIdxFiles(cache) ? "cached: " + cache : "not cached; downloaded on first use into " + cache;
    }
}
