package org.alukg.ingest.inventory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.alukg.ingest.format.ImportContext;
import org.apache.jena.graph.Node;

/**
 * The third stage: each new organisation gets an IRI {@code org/<slug of its name>} under the base, with its
 * municipality or a number added when that IRI is used by anything in the store or by another row.
 */
final class IriMinter {
    private final KnownEntities known;
    private final ImportContext context;

    IriMinter(KnownEntities known, ImportContext context) {
        this.known = known;
        this.context = context;
    }

    List<MintedRow> mint(List<MatchedRow> rows) {
        Set<Node> taken = new HashSet<>();
        List<MintedRow> out = new ArrayList<>();
        for (MatchedRow m : rows) {
            if (!m.isNew()) {
                out.add(new MintedRow(m, m.existing(), false));
                continue;
            }
            CheckedRow row = m.row();
            String slug = Names.slug(row.nameFr() != null ? row.nameFr() : row.nameEn());
            if (slug.isEmpty())
                slug = "row-" + row.number();
            Node iri = context.thing("org", slug);
            if (row.municipality() != null && (known.inUse(iri) || taken.contains(iri)))
                iri = context.thing("org", slug + "-" + Names.slug(row.municipality()));
            for (int i = 2; known.inUse(iri) || taken.contains(iri); i++)
                iri = context.thing("org", slug + "-" + i);
            taken.add(iri);
            out.add(new MintedRow(m, iri, true));
        }
        return out;
    }
}
