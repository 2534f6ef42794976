package io.clientele.base.ui;

import java.util.Map;

/**
 * The side bar's sections. A view joins one with {@code @Menu(order = Nav.SETTINGS + n, title = "nav.key")}: the
 * hundreds of the order pick the section, the title is a translation key. The layout imports no feature.
 */
public final class Nav {
    public static final double MANAGEMENT = 100;
    public static final double USERS = 200;
    public static final double CUSTOMERS = 300;
    public static final double WHITE_LABEL = 400;
    public static final double SETTINGS = 900;

    /** Section title keys by the hundreds of the order. */
    static final Map<Integer, String> SECTIONS = Map.of(
            1,
            "nav.management",
            2,
            "nav.users-section",
            3,
            "nav.customers-section",
            4,
            "nav.white-label",
            9,
            "nav.settings");

    private Nav() {}
}
