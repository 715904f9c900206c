package org.alukg.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Order;

/** The examples of the guides, docs/*.md, run as a user would. */
@Order(1)
class GuideExamplesTest extends DocumentedExamples {
    @Override
    List<Path> documents() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("docs"))) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }
}
