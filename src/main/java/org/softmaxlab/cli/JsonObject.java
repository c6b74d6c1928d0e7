package org.softmaxlab.cli;

import java.util.Locale;

/** A flat JSON object written on one line: enough for the train command's records. */
final class JsonObject {

    private final StringBuilder json = new StringBuilder("{");

    JsonObject put(String key, String value) {
        key(key);
        if (value == null) {
            json.append("null");
        } else {
            quote(value);
        }
        return this;
    }

    JsonObject put(String key, long value) {
        key(key);
        json.append(value);
        return this;
    }

    /** A nested object. */
    JsonObject put(String key, JsonObject value) {
        key(key);
        json.append(value);
        return this;
    }

    /** Non-finite numbers, which JSON cannot hold, are written as null. */
    JsonObject put(String key, double value, int decimals) {
        key(key);
        json.append(Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "null");
        return this;
    }

    private void key(String key) {
        if (json.length() > 1) {
            json.append(',');
        }
        quote(key);
        json.append(':');
    }

    private void quote(String s) {
        json.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    @Override
    public String toString() {
        return json + "}";
    }
}
