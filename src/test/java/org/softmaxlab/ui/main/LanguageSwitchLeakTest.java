package org.softmaxlab.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softmaxlab.ui.FxWait.await;
import static org.softmaxlab.ui.FxWait.fx;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.softmaxlab.session.Theme;
import org.softmaxlab.ui.Language;
import org.softmaxlab.ui.WindowExtension;
import org.softmaxlab.ui.run.RunState;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A language switch rebuilds the window's views from view-models that stay; the old views must then
 * go. Anything long-lived that still holds one (a listener on a view-model, a static, the drain
 * pulse) keeps it and all its nodes alive, and with every switch the window grows.
 */
@Tag("window")
class LanguageSwitchLeakTest {

    private static final int SWITCHES = 4;
    /** Enough collections for weak references to clear; no time limit (the machine is shared). */
    private static final int GC_TRIES = 40;
    /** The system property naming a heap dump file to write (when debugging a failure of this test). */
    static final String DUMP_PROPERTY = "softmaxlab.leakDump";

    @RegisterExtension
    final WindowExtension app = WindowExtension.onSubset();

    @Test
    void theViewsOfTheOldLanguageAreCollectedAfterLanguageSwitches(FxRobot robot) throws Exception {
        trainOneEpoch(robot);
        trainOneEpoch(robot);
        // The first run drawn over the second, so that the charts have compared runs and the Compare tab two runs.
        robot.interact(() -> app.window().runs().setSelected(app.window().runs().rows().get(0).runId(), true));
        robot.interact(() -> app.window().appearance().presentationModeProperty().set(true));
        robot.interact(() -> app.window().appearance().themeProperty().set(Theme.DARK));
        Map<String, WeakReference<Node>> old = new LinkedHashMap<>();
        for (int i = 0; i < SWITCHES; i++) {
            visitEveryTab(robot);
            if (i == 0) {
                old.putAll(currentViews(robot));
            }
            if (i == 0) {
                // As the Language menu does it, once. Fired rather than clicked: TestFX keeps every event
                // its robot fires, and with them their targets (the old menu bar, the view under the mouse).
                robot.interact(() -> robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                        .flatMap(menu -> menu.getItems().stream())
                        .filter(item -> "menu-bar-language-zh-CN".equals(item.getId()))
                        .findFirst().orElseThrow().fire());
                assertEquals(Language.SIMPLIFIED_CHINESE, fx(() -> app.window().appearance().languageProperty().get()));
            } else {
                Language next = i % 2 == 0 ? Language.SIMPLIFIED_CHINESE : Language.ENGLISH;
                robot.interact(() -> app.window().appearance().languageProperty().set(next));
            }
            WaitForAsyncUtils.waitForFxEvents();
        }
        visitEveryTab(robot);

        List<String> kept = stillReachable(old);
        dumpHeapIfAsked(old);
        assertTrue(kept.isEmpty(), "views of the first language still reachable after " + SWITCHES
                + " switches: " + kept);
    }

    private void trainOneEpoch(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#epochs").queryAs(TextField.class).setText("1"));
        await("ready", () -> app.window().training().stateProperty().get() == RunState.READY);
        robot.interact(() -> app.window().training().start());
        await("the run has finished", () -> app.window().training().stateProperty().get() == RunState.READY
                && app.window().training().noticeProperty().get() != null);
    }

    private static void visitEveryTab(FxRobot robot) throws Exception {
        TabPane tabs = fx(() -> robot.lookup(".tab-pane").queryAs(TabPane.class));
        int count = fx(() -> tabs.getTabs().size());
        for (int i = 0; i < count; i++) {
            int index = i;
            robot.interact(() -> tabs.getSelectionModel().select(index));
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.interact(() -> tabs.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Weak references to every tab's view and to the views around the tabs, by name. */
    private Map<String, WeakReference<Node>> currentViews(FxRobot robot) throws Exception {
        return fx(() -> {
            Map<String, WeakReference<Node>> views = new LinkedHashMap<>();
            for (Tab tab : robot.lookup(".tab-pane").queryAs(TabPane.class).getTabs()) {
                views.put(tab.getId(), new WeakReference<>(tab.getContent()));
            }
            BorderPane root = robot.lookup("#main-window").queryAs(BorderPane.class);
            views.put("menu and banner", new WeakReference<>(root.getTop()));
            views.put("side panel", new WeakReference<>(root.getLeft()));
            views.put("status bar", new WeakReference<>(root.getBottom()));
            return views;
        });
    }

    /**
     * With {@value #DUMP_PROPERTY} set to a file name, marks each view still reachable with a
     * {@link KeptView} in its node's properties and dumps the heap there, so that the path from a GC
     * root to a {@code KeptView} names the holder.
     */
    private static void dumpHeapIfAsked(Map<String, WeakReference<Node>> views) throws Exception {
        String file = System.getProperty(DUMP_PROPERTY);
        if (file == null) {
            return;
        }
        views.forEach((name, ref) -> {
            Node node = ref.get();
            if (node != null) {
                node.getProperties().put(KeptView.class, new KeptView(name));
            }
        });
        java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                .dumpHeap(file, true);
    }

    /** Marks a view that should have gone, for a heap dump's reader. */
    record KeptView(String name) {
    }

    private static List<String> stillReachable(Map<String, WeakReference<Node>> views) throws Exception {
        for (int i = 0; i < GC_TRIES && views.values().stream().anyMatch(ref -> ref.get() != null); i++) {
            WaitForAsyncUtils.waitForFxEvents(); // lets pending pulses drop what they still hold
            System.gc();
            Thread.sleep(50);
        }
        List<String> kept = new ArrayList<>();
        views.forEach((name, ref) -> {
            if (ref.get() != null) {
                kept.add(name);
            }
        });
        return kept;
    }
}
