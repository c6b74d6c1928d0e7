package org.softmaxlab.ui.main;

import java.util.List;

/** Which charts File → Export charts writes into one PNG. */
enum ChartSet {
    LOSS("softmaxlab-loss.png", List.of("loss-chart")),
    ACCURACY("softmaxlab-accuracy.png", List.of("accuracy-chart")),
    /** Loss above accuracy, as on screen. */
    BOTH("softmaxlab-charts.png", List.of("loss-chart", "accuracy-chart"));

    private final String fileName;
    private final List<String> chartIds;

    ChartSet(String fileName, List<String> chartIds) {
        this.fileName = fileName;
        this.chartIds = chartIds;
    }

    /** The file name suggested in the save dialog. */
    String fileName() {
        return fileName;
    }

    /** The node ids of the charts (as in ChartsView.fxml), top to bottom. */
    List<String> chartIds() {
        return chartIds;
    }
}
