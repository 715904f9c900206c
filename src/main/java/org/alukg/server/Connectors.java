package org.alukg.server;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.alukg.config.Guards;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * How the server listens: on the configured interface (Fuseki itself binds only loopback or every interface), with
 * the cap on request line and header size, and — with a keystore — over HTTPS only, on the same port.
 */
final class Connectors {
    private Connectors() {}

    static void configure(Server jetty, String host, Guards guards) {
        for (Connector c : jetty.getConnectors()) {
            if (!(c instanceof ServerConnector sc))
                continue;
            if (!isLoopbackOrAny(host))
                sc.setHost(host);
            HttpConnectionFactory http = sc.getConnectionFactory(HttpConnectionFactory.class);
            HttpConfiguration conf = http.getHttpConfiguration();
            conf.setRequestHeaderSize(guards.maxHeaderBytes());
            conf.setSendServerVersion(false);
            conf.setSendXPoweredBy(false);
            if (guards.https()) {
                jetty.removeConnector(sc);
                HttpConfiguration secure = new HttpConfiguration(conf);
                secure.addCustomizer(new SecureRequestCustomizer());
                SslContextFactory.Server tls = new SslContextFactory.Server();
                tls.setKeyStorePath(guards.keystore().toAbsolutePath().toString());
                tls.setKeyStorePassword(guards.keystorePassword());
                ServerConnector https = new ServerConnector(jetty, new SslConnectionFactory(tls, "http/1.1"),
                                                            new HttpConnectionFactory(secure));
                https.setHost(sc.getHost());
                https.setPort(sc.getPort());
                jetty.addConnector(https);
            }
        }
    }

    static boolean isLoopbackOrAny(String host) {
        return host.equals("0.0.0.0") || isLoopback(host);
    }

    static boolean isLoopback(String host) {
        if (host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1"))
            return true;
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
