package org.softmaxlab.ui.banner;

/** How loud a banner is. */
public enum Severity { INFO, ERROR }
