package org.alukg.linkeddata;

import java.util.List;

import org.alukg.http.Routes;

/**
 * What the page of the dataset description shows ({@code void.jte}): the VoID counts, the entities per class, and
 * links to the endpoint, the downloads and the licence.
 */
public record VoidPage(Frame frame, InterfaceText words, Ref turtle, List<Count> counts, List<Count> classes, List<Ref> links) {

    /** One count, named by its VoID property or by the class it counts. */
    public record Count(Ref what, long n) {}

    static VoidPage of(PageContext view, DatasetDescription.Counts c) {
        InterfaceText w = view.words();
        List<Count> counts = List.of(count("void:triples", c.triples()), count("void:entities", c.entities()),
            count("void:distinctSubjects", c.subjects()), count("void:distinctObjects", c.objects()),
            count("void:properties", c.properties()), count("void:classes", c.classes().size()));
        List<Count> classes = c.classes().entrySet().stream()
            .map(e -> new Count(view.ref(e.getKey(), e.getKey()), e.getValue())).toList();
        return new VoidPage(view.frame(w.text("void.title"), List.of(new Frame.Alternate(RdfFormat.TURTLE.mediaType(), Routes.VOID))),
                            w, RdfFormat.TURTLE.link(Routes.VOID), counts, classes,
                            List.of(new Ref("SPARQL", Routes.SPARQL), new Ref(w.text("footer.dumps"), Routes.DUMPS),
                                    new Ref("CC BY 4.0", DatasetDescription.LICENSE)));
    }

    private static Count count(String property, long n) { return new Count(Ref.text(property), n); }
}
