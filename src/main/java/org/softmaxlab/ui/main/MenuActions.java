package org.softmaxlab.ui.main;

/** What the menu bar's commands do; the window implements them, tests may call them directly. */
interface MenuActions {

    /** File → Open model…: choose a model file and make it the current model. */
    void openModel();

    /** File → Save model…: choose a file and save the current model to it. */
    void saveModel();

    /** File → Export charts: choose a file and write {@code charts} to it as a PNG. */
    void exportCharts(ChartSet charts);

    /** File → Draw a data set…: the drawing pad, in its own window. */
    void drawDataset();

    /** File → Quit: close the window (settings are saved on the way out). */
    void quit();

    /** Help → About SoftmaxLab. */
    void about();

    /** Help → Keys and classroom guide. */
    void guide();
}
