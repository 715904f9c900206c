package org.alukg.http;

import org.alukg.config.Settings;
import org.alukg.store.Locations;
import org.alukg.store.Store;

/** What a module of the server needs: the store, the settings, where the content lives, who may write. */
public record ModuleContext(Store store, Settings settings, Locations locations, Credentials credentials) {
    /** The public base of our IRIs, ending in '/'. */
    public String base() { return settings.server().base(); }
}
