package org.alukg.http;

import org.alukg.config.Settings;
import org.alukg.store.Locations;
import org.alukg.store.Store;

/**
 * What a module of the server needs: the store, the settings, where the content lives, who may write, and the
 * server's part in replication.
 */
public record ModuleContext(Store store, Settings settings, Locations locations, Credentials credentials,
                            ClusterRole replication) {
    /** A server that takes no part in replication. */
    public ModuleContext(Store store, Settings settings, Locations locations, Credentials credentials) {
        this(store, settings, locations, credentials, ClusterRole.ALONE);
    }

    /** The public base of our IRIs, ending in '/'. */
    public String base() { return settings.server().base(); }
}
