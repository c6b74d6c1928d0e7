import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of src/bench/startup.sh: a bare JavaFX window (one label) of SoftmaxLab's size,
 * timed as SoftmaxLab times its loading card: at the start of the third frame after show(), as
 * milliseconds after JVM start. Then it closes. A plain main class, as SoftmaxLab's, since JavaFX
 * refuses an Application subclass as the main class on the class path.
 */
public final class BareWindow {
    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("SoftmaxLab")), 1280, 800));
            stage.setTitle("bare");
            stage.show();
            new AnimationTimer() {
                private int frames;

                @Override
                public void handle(long now) {
                    if (++frames >= 3) {
                        stop();
                        ProcessHandle.current().info().startInstant().ifPresent(started -> System.err.printf(
                                "bare window on screen %d ms after JVM start%n",
                                Duration.between(started, Instant.now()).toMillis()));
                        Platform.exit();
                    }
                }
            }.start();
        }
    }
}
