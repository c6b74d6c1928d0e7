package org.softmaxlab.session;

import org.softmaxlab.io.HasId;

/** The look of the app. */
public enum Theme implements HasId {
    LIGHT("light"),
    DARK("dark");

    private final String id;

    Theme(String id) {
        this.id = id;
    }

    /** The name used in the settings file. */
    @Override
    public String id() {
        return id;
    }

    /** The theme named {@code id} ("light" or "dark", case-insensitive). */
    public static Theme fromId(String id) {
        return HasId.fromId(values(), id.trim(), "theme");
    }
}
