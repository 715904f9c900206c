package org.alukg.linkeddata;

import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import org.alukg.store.Store;

/**
 * The answers of the pages of things, kept per data version: a page depends only on its path (with the extension
 * and {@code ?lang}), the client's {@code Accept} and {@code Accept-Language}, and the data. Entries of an older
 * data version are never answered again and age out; the cache holds at most {@value #MAX_BYTES} bytes of bodies.
 */
final class PageCache {
    static final long MAX_BYTES = 64L << 20;
    private final Store store;
    private final Cache<String, Reply> replies = Caffeine.newBuilder()
        .maximumWeight(MAX_BYTES)
        .weigher((String key, Reply r) -> key.length() + r.body().length)
        .build();

    PageCache(Store store) { this.store = store; }

    /** The cached answer to {@code req} for the current data, or the one {@code make} makes (and is then kept). */
    Reply answer(HttpServletRequest req, Supplier<Reply> make) {
        String key = store.version() + " " + req.getRequestURI() + "?" + req.getQueryString() + " " + req.getHeader("Accept")
                     + " " + req.getHeader("Accept-Language");
        Reply cached = replies.getIfPresent(key);
        if (cached != null)
            return cached;
        Reply made = make.get();
        if (made.status() == 200)
            replies.put(key, made);
        return made;
    }
}
