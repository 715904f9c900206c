package org.alukg.store;

/**
 * Which committed state of the data a reader sees: the storage generation (it changes when the store is compacted or
 * replaced) and the version within it (it grows with every committed write, never with a refused one). Whatever is
 * made from the data once — dumps, the dataset description, the supply snapshot, pages — is remade when this changes.
 */
public record DataVersion(long generation, long version) {
    @Override
    public String toString() { return generation + "." + version; }
}
