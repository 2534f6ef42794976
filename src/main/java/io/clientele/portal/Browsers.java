package io.clientele.portal;

import io.clientele.base.Messages;
import java.util.Locale;

/** "Chrome 131 on Windows" from a User-Agent header: enough for support to recognise a device, nothing more. */
final class Browsers {
    private Browsers() {}

    static String describe(String agent, Locale locale) {
        if (agent == null || agent.isBlank()) {
            return null;
        }
        String browser = agent.contains("Edg/")
                ? "Edge " + version(agent, "Edg/")
                : agent.contains("Firefox/")
                        ? "Firefox " + version(agent, "Firefox/")
                        : agent.contains("Chrome/")
                                ? "Chrome " + version(agent, "Chrome/")
                                : agent.contains("Safari/") && agent.contains("Version/")
                                        ? "Safari " + version(agent, "Version/")
                                        : Messages.text(locale, "browser.other");
        String os = agent.contains("Windows")
                ? "Windows"
                : agent.contains("Android")
                        ? "Android"
                        : agent.contains("iPhone") || agent.contains("iPad")
                                ? "iOS"
                                : agent.contains("Mac OS X")
                                        ? "macOS"
                                        : agent.contains("Linux")
                                                ? "Linux"
                                                : Messages.text(locale, "browser.unknown-system");
        return Messages.text(locale, "browser.on", browser, os);
    }

    private static String version(String agent, String marker) {
        int from = agent.indexOf(marker) + marker.length();
        int to = from;
        while (to < agent.length() && Character.isDigit(agent.charAt(to))) {
            to++;
        }
        return agent.substring(from, to);
    }
}
