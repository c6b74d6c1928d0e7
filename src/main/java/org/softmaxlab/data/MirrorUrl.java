package org.softmaxlab.data;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A mirror's address as a user types it ({@code --mirror URL}, the window's data card, the tests'
 * {@code -Dsoftmaxlab.mirror}): checked once, the same way everywhere, before anything is downloaded,
 * so that a typo is named at once and not only when a download is needed.
 */
public final class MirrorUrl {

    /** What a valid address looks like, for messages. */
    public static final String EXAMPLE = "http://host/fashion-mnist/";

    private MirrorUrl() {
    }

    /**
     * The mirror folder {@code text} names, ending with a slash (the files' names are appended to it).
     *
     * @throws IllegalArgumentException a sentence naming what is wrong with {@code text} and what a
     *                                  valid address looks like
     */
    public static URI parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("no mirror URL given; give one such as " + EXAMPLE);
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(invalid(trimmed, "it is not a URL (" + e.getReason() + ")"), e);
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null) {
            throw new IllegalArgumentException(invalid(trimmed, "it has no http:// or https:// in front"));
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException(invalid(trimmed, "SoftmaxLab downloads over http or https only, not "
                    + scheme));
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException(invalid(trimmed, "it names no host"));
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException(invalid(trimmed, "a mirror is a folder: no ?query or #fragment"));
        }
        // Without the slash, resolve() would replace the last path segment instead of appending to it.
        return trimmed.endsWith("/") ? uri : URI.create(trimmed + "/");
    }

    private static String invalid(String text, String why) {
        return "'" + text + "' is not a mirror URL: " + why + "; give one such as " + EXAMPLE;
    }
}
