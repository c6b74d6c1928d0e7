package org.softmaxlab.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;

/**
 * The one way the window reaches its files on the class path (FXML, the stylesheet, the message
 * bundle). Every lookup fails at once with the missing path in the message, rather than returning
 * null and failing later somewhere less obvious.
 */
public final class Resources {

    /** The folder of the window's resources on the class path. */
    public static final String ROOT = "/org/softmaxlab/ui/";
    /** The app's single stylesheet. */
    public static final String STYLESHEET = ROOT + "softmaxlab.css";
    /** The base name of the message bundle ({@code messages.properties}, {@code messages_zh_CN.properties}). */
    public static final String MESSAGES = "org.softmaxlab.ui.messages";

    private Resources() {
    }

    /** The URL of the resource at {@code absolutePath} (starting with "/"); throws if it is missing. */
    public static URL url(String absolutePath) {
        if (!absolutePath.startsWith("/")) {
            throw new IllegalArgumentException("resource paths are absolute, starting with /: " + absolutePath);
        }
        URL url = Resources.class.getResource(absolutePath);
        if (url == null) {
            throw new IllegalStateException("missing resource on the class path: " + absolutePath);
        }
        return url;
    }

    /** The stylesheet URL, in the form {@code Scene.getStylesheets()} takes. */
    public static String stylesheet() {
        return url(STYLESHEET).toExternalForm();
    }

    /** The English (base) message bundle; throws naming the bundle if it is missing. */
    public static ResourceBundle messages() {
        return messages(Locale.ROOT);
    }

    /**
     * The message bundle for {@code locale}, falling back key by key to the English base bundle. Never
     * to the system's locale: English asked for on a Chinese system must stay English.
     */
    public static ResourceBundle messages(Locale locale) {
        try {
            return ResourceBundle.getBundle(MESSAGES, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing message bundle on the class path: "
                    + ROOT + "messages.properties", e);
        }
    }

    /**
     * Loads the FXML file {@code ROOT + relativePath} with {@code controller} as its controller and
     * the message bundle of the current language for {@code %key} texts.
     */
    public static <T> T loadFxml(String relativePath, Object controller) {
        String path = ROOT + relativePath;
        FXMLLoader loader = new FXMLLoader(url(path), Messages.bundle());
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + path + ": " + e.getMessage(), e);
        }
    }
}
