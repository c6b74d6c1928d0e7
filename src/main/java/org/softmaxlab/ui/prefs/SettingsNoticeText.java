package org.softmaxlab.ui.prefs;

import org.softmaxlab.session.SettingsNotice;
import org.softmaxlab.ui.Messages;

/**
 * Why the saved settings were not all used, in the language {@link Messages} speaks now; in English as
 * {@link SettingsNotice#describe()} says it. The reader's own words about the file (its error, the
 * "key=value" entries ignored) stay as they are: they name what is in the file.
 */
public final class SettingsNoticeText {

    private SettingsNoticeText() {
    }

    /** The notice in this language. */
    public static String of(SettingsNotice notice) {
        String said = Messages.format("settings.notice." + notice.problem().name(), notice.file(), notice.detail());
        if (notice.aside() == SettingsNotice.Aside.LEFT_IN_PLACE) {
            return said;
        }
        return Messages.format("settings.notice.withAside", said,
                Messages.format("settings.notice.aside." + notice.aside().name(), notice.asideDetail()));
    }
}
