package io.clientele.integration;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Where a webhook may call: http(s) on a public address. Private, loopback, link-local, carrier-grade NAT, multicast
 * and unspecified addresses are refused (checked again before each delivery, so a name that later resolves inward is
 * caught), unless the self-hoster explicitly allows them.
 */
final class OutboundAddresses {
    private OutboundAddresses() {}

    enum Verdict {
        ALLOWED,
        NOT_HTTP,
        PRIVATE,
        UNKNOWN_HOST
    }

    static Verdict check(String url, boolean allowPrivate) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Verdict.NOT_HTTP;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https"))
                || uri.getHost() == null
                || uri.getRawUserInfo() != null) {
            return Verdict.NOT_HTTP;
        }
        if (allowPrivate) {
            return Verdict.ALLOWED;
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
                if (isInternal(a)) {
                    return Verdict.PRIVATE;
                }
            }
            return Verdict.ALLOWED;
        } catch (UnknownHostException e) {
            return Verdict.UNKNOWN_HOST;
        }
    }

    static boolean isInternal(InetAddress a) {
        byte[] b = a.getAddress();
        boolean uniqueLocal6 = a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc;
        boolean carrierNat = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        boolean thisNetwork = b.length == 4 && b[0] == 0;
        return a.isLoopbackAddress()
                || a.isSiteLocalAddress()
                || a.isLinkLocalAddress()
                || a.isAnyLocalAddress()
                || a.isMulticastAddress()
                || uniqueLocal6
                || carrierNat
                || thisNetwork;
    }
}
