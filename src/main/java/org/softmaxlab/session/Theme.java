package org.softmaxlab.session;

/** The look of the app. */
public enum Theme {
    LIGHT("light"),
    DARK("dark");

    private final String id;

    Theme(String id) {
        this.id = id;
    }

    /** The name used in the settings file. */
    public String id() {
        return id;
    }

    /** The theme named {@code id} ("light" or "dark", case-insensitive). */
    public static Theme fromId(String id) {
        for (Theme theme : values()) {
            if (theme.id.equalsIgnoreCase(id.trim())) {
                return theme;
            }
        }
        throw new IllegalArgumentException("unknown theme '" + id + "'; use light or dark");
    }
}
