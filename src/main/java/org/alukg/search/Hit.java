package org.alukg.search;

/**
 * One thing found: its IRI and short form, its kind, its name in the language asked, its score (higher is better;
 * comparable only within one search) and the page about it on this server.
 */
public record Hit(String iri, String id, String kind, String label, double score, String page) {}
