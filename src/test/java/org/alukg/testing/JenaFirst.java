package org.alukg.testing;

import org.apache.jena.sys.JenaSystem;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Initialises Jena once, before any test class runs. The classes run side by side, and two of them touching Jena
 * first at the same moment (one through TDB2, the other through a query's prefixes) can each hold a class initialiser
 * the other waits for: with jena-geosparql's subsystem in Jena's start-up, such a run was seen to hang for good.
 */
public final class JenaFirst implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) { JenaSystem.init(); }
}
