package org.alukg.server;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

import org.alukg.problem.Kind;
import org.alukg.problem.Problem;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * What a SPARQL Update may do here, checked on the update as it will run, whichever way it was sent. {@code LOAD} of
 * anything but http(s) is refused; {@code LOAD} of http(s) is off unless hosts are allowed, and then only from those
 * hosts, and only when every address they resolve to is public (not loopback, private, link-local, multicast or
 * unspecified); Jena's HTTP client follows no redirect (set by the server), so a redirect cannot lead elsewhere.
 * {@code SERVICE} is refused in updates.
 */
final class UpdatePolicy {
    private final Set<String> loadHosts;

    /** {@code loadHosts}: hosts LOAD may read from (lowercase); empty turns LOAD of http(s) off. */
    UpdatePolicy(Set<String> loadHosts) { this.loadHosts = loadHosts; }

    /** Throws the problem to answer with when {@code text} may not run; a syntax error is left to the endpoint. */
    void check(String text) {
        UpdateRequest request;
        try {
            request = UpdateFactory.create(text);
        } catch (QueryParseException e) {
            return;
        }
        for (Update op : request.getOperations()) {
            if (op instanceof UpdateLoad load)
                checkLoad(load.getSource());
            if (op instanceof UpdateModify modify && modify.getWherePattern() != null)
                ElementWalker.walk(modify.getWherePattern(), new ElementVisitorBase() {
                    @Override
                    public void visit(ElementService service) {
                        throw new Problem(Kind.BAD_REQUEST, "SERVICE is not allowed in updates: "
                                                            + service.getServiceNode());
                    }
                });
        }
    }

    private void checkLoad(String source) {
        String s = source == null ? "" : source;
        String lower = s.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://"))
            throw Problem.badRequest("LOAD of local files is refused: " + s);
        if (loadHosts.isEmpty())
            throw new Problem(Kind.FORBIDDEN, "LOAD from the web is off on this server (see --allow-load): " + s);
        String host;
        try {
            host = URI.create(s).getHost();
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("LOAD source is not an IRI: " + s);
        }
        if (host == null || !loadHosts.contains(host.toLowerCase(Locale.ROOT)))
            throw new Problem(Kind.FORBIDDEN, "LOAD from this host is not allowed (see --allow-load): " + host);
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw Problem.badRequest("LOAD host does not resolve: " + host);
        }
        for (InetAddress a : addresses)
            if (!isPublic(a))
                throw new Problem(Kind.FORBIDDEN, "LOAD from a non-public address is refused: " + host + " is "
                                                  + a.getHostAddress());
    }

    /** False for loopback, private, link-local, multicast, unspecified and unique-local (fc00::/7) addresses. */
    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isMulticastAddress()
            || a.isAnyLocalAddress())
            return false;
        byte[] b = a.getAddress();
        if (b.length == 16 && (b[0] & 0xfe) == 0xfc)
            return false;
        if (b.length == 4 && ((b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64))
            return false; // carrier-grade NAT 100.64.0.0/10
        return true;
    }
}
