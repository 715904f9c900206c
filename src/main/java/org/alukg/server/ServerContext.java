package org.alukg.server;

import org.alukg.config.ServerConfig;
import org.alukg.store.Store;
import org.alukg.store.StoreOptions;

/** What a feature of the server needs: the store, the settings, where the content lives, who may write. */
public record ServerContext(Store store, ServerConfig config, StoreOptions options, Credentials credentials) {}
