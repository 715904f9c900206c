package org.alukg.search;

/**
 * The searched fields of a thing in the index, each with the weight of a match in it and how its text is cut into
 * terms. A name counts most, an alternative name or acronym next, then the municipality, then the description;
 * a query that is a whole name counts more than any of them.
 */
enum Field {
    NAME("name", Folding.WORDS, 4f),
    NAME_STEMS("name.stems", Folding.STEMS, 2f),
    ALT("alt", Folding.WORDS, 3f),
    ALT_STEMS("alt.stems", Folding.STEMS, 1.5f),
    WHOLE_NAME("whole", Folding.WHOLE, 10f),
    PLACE("place", Folding.WORDS, 2f),
    TEXT("text", Folding.WORDS, 0.5f),
    TEXT_STEMS("text.stems", Folding.STEMS, 0.4f);

    final String name;
    private final Folding folding;
    final float weight;

    Field(String name, Folding folding, float weight) {
        this.name = name;
        this.folding = folding;
        this.weight = weight;
    }

    Folding folding() { return folding; }

    /** True for the fields whose words may be matched by their beginning (what is typed so far). */
    boolean prefixes() { return folding == Folding.WORDS; }
}
