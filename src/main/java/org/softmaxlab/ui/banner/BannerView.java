package org.softmaxlab.ui.banner;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Styles;
import org.softmaxlab.ui.ViewListeners;

/** The banner's nodes: title and detail on the left, Dismiss on the right; hidden when there is no message. */
public final class BannerView {

    /** The banner's id, for tests. */
    public static final String ID = "window-banner";

    private final HBox root = new HBox();

    /** A banner showing {@code viewModel}'s message. */
    public BannerView(BannerViewModel viewModel) {
        Label title = new Label();
        title.setId(ID + "-title");
        title.getStyleClass().add(Styles.NOTICE_TITLE);
        title.textProperty().bind(viewModel.titleProperty());
        Label detail = new Label();
        detail.setId(ID + "-detail");
        detail.textProperty().bind(viewModel.detailProperty());
        detail.visibleProperty().bind(viewModel.detailProperty().isNotEmpty());
        detail.managedProperty().bind(detail.visibleProperty());
        for (Label label : new Label[] {title, detail}) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE); // wrapped text gets every line it needs
        }
        VBox text = new VBox(title, detail);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button dismiss = new Button(Messages.get("notice.dismiss"));
        dismiss.setId(ID + "-dismiss");
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setOnAction(e -> viewModel.dismiss());
        root.getChildren().addAll(text, dismiss);
        root.setId(ID);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().addAll(Styles.NOTICE, Styles.WINDOW_BANNER);
        root.visibleProperty().bind(viewModel.showingProperty());
        root.managedProperty().bind(root.visibleProperty());
        ViewListeners.of(root).onChange(viewModel.severityProperty(), (obs, old, now) -> colour(root, now));
        colour(root, viewModel.severityProperty().get());
    }

    /** The banner node. */
    public HBox root() {
        return root;
    }

    /** Gives a banner node the colours of {@code severity}; every banner of the window looks alike. */
    public static void colour(Node banner, Severity severity) {
        banner.getStyleClass().removeAll(Styles.NOTICE_INFO, Styles.NOTICE_ERROR);
        banner.getStyleClass().add(severity == Severity.ERROR ? Styles.NOTICE_ERROR : Styles.NOTICE_INFO);
    }
}
