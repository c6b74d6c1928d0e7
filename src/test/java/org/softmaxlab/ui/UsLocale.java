package org.softmaxlab.ui;

import java.util.Locale;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class with {@code Locale.US} as the default (number grouping "1,653", decimal point),
 * restoring the machine's locale afterwards: {@code @ExtendWith(UsLocale.class)}.
 */
public final class UsLocale implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(UsLocale.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put("before", Locale.getDefault());
        Locale.setDefault(Locale.US);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Locale.setDefault(context.getStore(NAMESPACE).get("before", Locale.class));
    }
}
