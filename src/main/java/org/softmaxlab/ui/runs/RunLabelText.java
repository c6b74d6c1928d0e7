package org.softmaxlab.ui.runs;

import org.softmaxlab.session.RunLabel;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.run.SettingsForm;

/**
 * A run's label as the run list and the chart legends show it, in the language {@link Messages}
 * speaks now. In English it reads as the CSV file's {@link RunLabel#text()}.
 */
public final class RunLabelText {

    private RunLabelText() {
    }

    /** "lr 0.1, batch 64" / "学习率 0.1，批量大小 64"; "run 3" / "运行 3". */
    public static String of(RunLabel label) {
        if (!label.name().isEmpty()) {
            return label.name();
        }
        String runId = Integer.toString(label.runId());
        if (label.parts().isEmpty()) {
            return Messages.format("runs.label.run", runId);
        }
        String text = null;
        for (RunLabel.Part part : label.parts()) {
            String named = Messages.format("runs.label." + part.setting().name(), value(part));
            text = text == null ? named : Messages.format("runs.label.and", text, named);
        }
        return label.numbered() ? Messages.format("runs.label.twin", text, runId) : text;
    }

    /**
     * A run's legend entry: short, and the same however the runs shown with it change ("Run 3"), or the
     * name the user gave it. What sets it apart is {@link #described}, in the entry's tooltip.
     */
    public static String legendName(RunLabel label) {
        return label.name().isEmpty() ? Messages.format("chart.series.run.short", label.runId()) : label.name();
    }

    /**
     * The run in full: "Run 3: lr 0.1, batch 64"; "Run 22" when no setting sets it apart (not
     * "Run 22: run 22"); a run the user named: "Run 3: Tiny steps".
     */
    public static String described(RunLabel label) {
        if (!label.name().isEmpty()) {
            return Messages.format("chart.series.run.full", label.runId(), label.name());
        }
        if (label.parts().isEmpty()) {
            return Messages.format("chart.series.run.short", label.runId());
        }
        // Its number leads, so the "(run 3)" that tells twins apart is not said twice.
        RunLabel settings = new RunLabel(label.parts(), label.runId(), false);
        return Messages.format("chart.series.run.full", label.runId(), of(settings));
    }

    /**
     * The value as the window writes numbers elsewhere (the marks, the settings): "lr 0.1 → 1E+9" as on
     * the chart's mark, not the CSV's "0.1->1000000000"; the loss formula by its short name in this language.
     */
    private static String value(RunLabel.Part part) {
        if (part.setting() == RunLabel.Setting.LOSS) {
            return Messages.get("runs.label.loss." + part.value());
        }
        if (part.setting() == RunLabel.Setting.MODEL) {
            return part.value().startsWith("mlp ")
                    ? Messages.format("runs.label.model.mlp", part.value().substring("mlp ".length()))
                    : Messages.get("runs.label.model.softmax");
        }
        StringBuilder text = new StringBuilder();
        for (String number : part.value().split("->")) {
            text.append(text.length() == 0 ? "" : " → ").append(shown(number));
        }
        return text.toString();
    }

    /** {@code plain} as {@link SettingsForm#formatDecimal} writes it, unless that would round it. */
    private static String shown(String plain) {
        try {
            double value = Double.parseDouble(plain);
            String formatted = SettingsForm.formatDecimal(value);
            return Double.parseDouble(formatted) == value ? formatted : plain;
        } catch (NumberFormatException e) {
            return plain;
        }
    }
}
