package org.softmaxlab.ui.loading;

import org.softmaxlab.data.DatasetDownloadException;
import org.softmaxlab.data.DatasetException;
import org.softmaxlab.data.DatasetFolderException;
import org.softmaxlab.data.DatasetNotFoundException;
import org.softmaxlab.data.FolderProblem;
import org.softmaxlab.data.SearchedPlace;
import org.softmaxlab.train.WrongGemmException;
import org.softmaxlab.ui.Messages;

/**
 * Why the data could not be loaded, in the language {@link Messages} speaks now. Where the data set
 * was looked for and what is wrong with a folder are said in full; a file that is corrupt or a
 * download that failed keeps the reader's own diagnosis (file, offset, HTTP status) in English inside
 * a translated sentence: it is what someone helping needs to see.
 */
final class DataProblemText {

    private DataProblemText() {
    }

    /** Why loading failed. */
    static String of(Throwable error) {
        if (error instanceof DatasetNotFoundException notFound) {
            return notFound(notFound);
        }
        if (error instanceof DatasetFolderException folder) {
            return Messages.format("loading.badFolder", folder.folder(), of(folder.problem()));
        }
        if (error instanceof DatasetException) {
            return Messages.format("loading.unreadable", error.getMessage());
        }
        if (error instanceof WrongGemmException wrong) {
            return Messages.format("loading.wrongGemm", wrong.kernels(), wrong.detail());
        }
        if (error instanceof UnsatisfiedLinkError || error instanceof NoClassDefFoundError
                || error instanceof ExceptionInInitializerError) {
            return Messages.format("loading.nd4jFailed", error);
        }
        return Messages.format("loading.failed", error);
    }

    /**
     * Why a download failed, in words (no such host, refused, timed out, HTTP status, checksum), then
     * where the data set was looked for before it, if known ({@code searched} may be null): the card's
     * buttons and hints below offer the ways forward.
     */
    static String ofDownload(Throwable error, DatasetNotFoundException searched) {
        String why;
        if (error instanceof DatasetDownloadException failed) {
            why = Messages.format("loading.download." + failed.kind().name(), failed.fileName(), failed.where(),
                    failed.detail());
        } else {
            why = error instanceof DatasetException ? error.getMessage() : of(error);
        }
        String text = Messages.format("loading.downloadFailed", why);
        return searched == null ? text : text + "\n" + notFound(searched);
    }

    /** "no such folder", "missing t10k-labels-idx1-ubyte.gz (gzipped or not)". */
    static String of(FolderProblem problem) {
        return Messages.format("loading.folder." + problem.kind().name(), problem.missingList());
    }

    /**
     * The places searched, one a line. The ways out are not repeated: the card offers them itself
     * (the install command, choosing a folder, the download button).
     */
    private static String notFound(DatasetNotFoundException e) {
        StringBuilder text = new StringBuilder(Messages.get("loading.notFound"));
        for (SearchedPlace place : e.searched()) {
            text.append('\n').append(Messages.format("loading.searched",
                    Messages.get("loading.source." + place.location().source().name()), place.location().folder(),
                    of(place.problem())));
        }
        return text.toString();
    }
}
